package dev.chinaai.kg.server.pages;

import dev.chinaai.kg.publication.ReleaseIdentity;
import dev.chinaai.kg.server.cite.DatasetCitation;
import dev.chinaai.kg.server.cite.Formats;
import dev.chinaai.kg.server.http.Publication;
import dev.chinaai.kg.server.http.Rendered;
import dev.chinaai.kg.server.http.Responses;
import dev.chinaai.kg.server.http.Route;
import dev.chinaai.kg.server.http.Stats;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;

/** {@code /}: what the graph is, its counts, a search box, the sources, and example questions that open as queries. */
public final class HomeRoute implements Route {
    /** Example questions a visitor can open in the query page (prefixes are added by the page). */
    private static final List<String[]> EXAMPLES = List.of(
            new String[] {"Who claimed what, where and when?", """
                    SELECT ?claimant ?text ?when ?seed WHERE {
                      ?claim a cai:Claim ; cai:claimant/rdfs:label ?claimant ; cai:rendering/cai:text ?text ;
                             cai:statedIn/oa:hasSource/cai:seedFile ?seed .
                      OPTIONAL { ?claim cai:time/cai:timeText ?when }
                      FILTER(LANG(?claimant) = "en")
                    } ORDER BY ?seed ?claimant"""},
            new String[] {"Which chip constraints are there, who imposed them and on whom?", """
                    SELECT ?constraint ?by ?on WHERE {
                      ?c a cai:ChipConstraint ; rdfs:label ?constraint .
                      OPTIONAL { ?c cai:imposedBy/rdfs:label ?by FILTER(LANG(?by) = "en") }
                      OPTIONAL { ?c cai:imposedOn/rdfs:label ?on FILTER(LANG(?on) = "en") }
                      FILTER(LANG(?constraint) = "en") }"""},
            new String[] {"Which models are there and who developed them?", """
                    SELECT ?model ?developer WHERE {
                      ?m a cai:Model ; rdfs:label ?model . OPTIONAL { ?m cai:developer/rdfs:label ?developer FILTER(LANG(?developer) = "en") }
                      FILTER(LANG(?model) = "en") } ORDER BY ?model"""},
            new String[] {"Full text: which excerpts speak of sanctions (German word forms included)?", """
                    PREFIX text: <http://jena.apache.org/text#>
                    SELECT ?excerpt ?quote ?seed ?start ?end WHERE {
                      (?sel ?score ?quote) text:query "Sanktion" .
                      ?excerpt oa:hasSelector ?sel ; oa:hasSelector/oa:start ?start ; oa:hasSelector/oa:end ?end ;
                               oa:hasSource/cai:seedFile ?seed } ORDER BY DESC(?score)"""});

    @Override
    public boolean handle(Publication pub, String path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        List<String> problems = pub.rebuild().problems();
        if (!problems.isEmpty()) {
            // Not cached anywhere: the next saved change may clear the problems while this graph stays.
            response.setHeader("Cache-Control", "no-store");
            Responses.send(response, 200, "text/html; charset=utf-8",
                    render(pub, problems).getBytes(StandardCharsets.UTF_8));
            return true;
        }
        Rendered r = pub.cached("/", () -> Rendered.of("text/html; charset=utf-8", render(pub, List.of())));
        Responses.cached(request, response, r, pub);
        return true;
    }

    private static String render(Publication pub, List<String> problems) {
        Stats s = pub.stats();
        Map<String, Object> v = new HashMap<>();
        v.put("problems", problems);
        v.put("stats", s);
        List<Map<String, Object>> classes = new ArrayList<>();
        Txn.executeRead(pub.dataset(), () -> {
            for (Map.Entry<Node, Long> e : s.perClass().entrySet()) {
                if (e.getKey().getURI().startsWith(pub.base().ontologyNamespace())) {
                    String label = pub.label(e.getKey(), "en");
                    classes.add(Map.of("name", label != null ? label : e.getKey().getLocalName(), "count", e.getValue(),
                            "href", pub.base().iri() + "ontology.html#" + e.getKey().getLocalName()));
                }
            }
        });
        v.put("classes", classes);
        List<Map<String, Object>> examples = new ArrayList<>();
        for (String[] e : EXAMPLES) {
            examples.add(Map.of("question", e[0], "query", e[1],
                    "href", "query?query=" + URLEncoder.encode(e[1], StandardCharsets.UTF_8)));
        }
        v.put("examples", examples);
        v.put("release", release(pub));
        v.put("citation", Formats.BIBTEX.write(List.of(Txn.calculateRead(pub.dataset(), () -> DatasetCitation.of(pub)))));
        v.put("cite", java.util.Arrays.stream(Formats.values()).map(f -> Map.<String, Object>of(
                "href", pub.base().iri() + "cite/dataset." + f.suffix, "type", f.mediaType, "name", f.label)).toList());
        return Pages.render("home", pub, "China's AI landscape", v);
    }

    /** The sentence that says which release this is, in parts: text, then a link where the release is published here. */
    private static List<Map<String, Object>> release(Publication pub) {
        ReleaseIdentity id = pub.identity();
        List<Map<String, Object>> parts = new ArrayList<>();
        if (id.released()) {
            parts.add(part("This is ", null));
            parts.add(part("release " + id.version(), pub.releaseIri(id.version())));
            parts.add(part(" of the graph" + (id.latest() != null && id.latest().compareTo(id.version()) > 0
                    ? " (the latest release is " + id.latest() + ")" : "") + ", content digest ", null));
        } else if (id.latest() != null) {
            parts.add(part("Unreleased changes since ", null));
            parts.add(part("release " + id.latest(), pub.releaseIri(id.latest())));
            parts.add(part(", content digest ", null));
        } else {
            parts.add(part("Not released yet, content digest ", null));
        }
        parts.add(part(id.digest() + ".", null));
        return parts;
    }

    private static Map<String, Object> part(String text, String href) {
        return Map.of("text", text, "href", href == null ? Boolean.FALSE : href);
    }
}
