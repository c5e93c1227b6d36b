package dev.chinaai.kg.server.pages;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.chinaai.kg.server.http.Publication;
import dev.chinaai.kg.server.http.Rendered;
import dev.chinaai.kg.server.http.Responses;
import dev.chinaai.kg.server.http.Route;
import dev.chinaai.kg.server.linkeddata.RdfWriters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;

/**
 * {@code /query}: the query editor. YASGUI's editor (YASQE: highlighting,
 * syntax check, completion) and result viewer (YASR: table, chart, raw
 * response), vendored in the jar under {@code /static/vendor/yasgui/}, set up
 * by {@code static/editor.js}. The page carries, as a JSON data block (not a
 * script), the endpoint and the classes and properties of our ontology for
 * completion, so nothing is asked of another server. The gallery lists every
 * public competency question. The query travels in {@code ?query=}, so a link
 * reproduces it; without scripts the form still sends it to the endpoint.
 */
public final class QueryPageRoute implements Route {
    static final int MAX_QUERY = 100_000;
    private static final Gson GSON = new Gson();

    @Override
    public boolean handle(Publication pub, String path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String q = request.getParameter("query");
        if (q == null || q.isBlank()) {
            q = "SELECT ?class (COUNT(?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class ORDER BY DESC(?n)";
        }
        if (q.length() > MAX_QUERY) {
            Responses.plain(response, 413, "query longer than " + MAX_QUERY + " characters");
            return true;
        }
        String prefixes = RdfWriters.prefixes(pub.base()).entrySet().stream()
                .map(e -> "PREFIX " + e.getKey() + ": <" + e.getValue() + ">").collect(Collectors.joining("\n"));
        Map<String, Object> v = new HashMap<>();
        v.put("query", q.contains("PREFIX") || q.contains("prefix") ? q : prefixes + "\n\n" + q);
        // Computed once: the ontology never changes while the server runs.
        v.put("config", new String(pub.cached("/query#config", () -> Rendered.of("application/json", config(pub))).body(),
                StandardCharsets.UTF_8));
        List<Map<String, Object>> examples = new ArrayList<>();
        for (Gallery.Example e : Gallery.examples()) {
            examples.add(Map.of("name", e.name(), "question", e.question(),
                    "href", "query?query=" + URLEncoder.encode(e.query(), StandardCharsets.UTF_8)));
        }
        v.put("examples", examples);
        String html = Pages.render("query", pub, "SPARQL query", v);
        Responses.send(response, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
        return true;
    }

    /**
     * What the editor needs from the server: the endpoint, the prefixes, and the
     * classes and properties of the ontology (for completion). Gson escapes
     * {@code <}, {@code >} and {@code &}, so the JSON cannot end its script element.
     */
    static String config(Publication pub) {
        JsonObject c = new JsonObject();
        c.addProperty("endpoint", pub.endpoint());
        c.addProperty("base", pub.base().iri());
        JsonObject prefixes = new JsonObject();
        RdfWriters.prefixes(pub.base()).forEach(prefixes::addProperty);
        c.add("prefixes", prefixes);
        Graph ontology = pub.dataset().getGraph(pub.iri("graph/ontology"));
        c.add("classes", terms(pub, ontology, OWL.Class.asNode()));
        JsonArray props = terms(pub, ontology, OWL.ObjectProperty.asNode());
        props.addAll(terms(pub, ontology, OWL.DatatypeProperty.asNode()));
        c.add("properties", props);
        return GSON.toJson(c);
    }

    private static JsonArray terms(Publication pub, Graph ontology, Node type) {
        TreeSet<String> iris = Txn.calculateRead(pub.dataset(), () -> ontology.find(Node.ANY, RDF.type.asNode(), type)
                .mapWith(t -> t.getSubject()).filterKeep(Node::isURI).mapWith(Node::getURI)
                .filterKeep(i -> i.startsWith(pub.base().ontologyNamespace()))
                .toList()).stream().collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        JsonArray a = new JsonArray();
        iris.forEach(a::add);
        return a;
    }
}
