package dev.chinaai.kg.server.pages;

import dev.chinaai.kg.publication.ReleaseVersion;
import dev.chinaai.kg.server.http.Publication;
import dev.chinaai.kg.server.pages.explore.Debates;
import dev.chinaai.kg.server.pages.explore.Hrefs;
import dev.chinaai.kg.server.pages.explore.Neighbourhood;
import dev.chinaai.kg.server.pages.explore.Timeline;
import dev.chinaai.kg.server.pages.explore.TimelineItem;
import dev.chinaai.kg.server.pages.explore.TimelineView;
import dev.chinaai.kg.vocab.OA;
import dev.chinaai.kg.vocab.PROV;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The view of a resource page, built from its RDF document: labels, types,
 * each property with its values and, under each value, the quotes it was
 * derived from (in context, linked to their place in the source), incoming
 * links, the claims made by and about the resource, and since which release
 * each statement is published; for an entity also its timeline, the picture
 * of its neighbourhood and the debates it is in. Runs in a read transaction
 * of the publication.
 */
final class EntityView {
    private static final Set<Node> HIDDEN = Set.of(RDF.type.asNode(), RDFS.label.asNode(), SKOS.altLabel.asNode());

    private final Publication pub;
    private final Node resource;
    private final Graph doc;

    private EntityView(Publication pub, Node resource, Graph doc) {
        this.pub = pub;
        this.resource = resource;
        this.doc = doc;
    }

    static Map<String, Object> of(Publication pub, Node resource, Graph doc) {
        return new EntityView(pub, resource, doc).view();
    }

    private Map<String, Object> view() {
        Map<String, Object> v = new HashMap<>();
        String en = pub.label(resource, "en");
        v.put("label", en != null ? en : resource.getURI());
        String de = pub.label(resource, "de");
        v.put("labelDe", de != null && !de.equals(en) ? de : null);
        v.put("iri", resource.getURI());
        v.put("altLabels", literals(resource, SKOS.altLabel.asNode()));
        List<Map<String, Object>> types = doc.find(resource, RDF.type.asNode(), Node.ANY).toList().stream()
                .map(t -> link(t.getObject())).toList();
        v.put("types", types);
        v.put("isArticle", doc.contains(resource, RDF.type.asNode(), pub.term("Article")));
        boolean claim = doc.contains(resource, RDF.type.asNode(), pub.term("Claim"));
        // A claim's statements all come from the same excerpts: show those once, not under every statement.
        v.put("claimQuotes", claim ? doc.find(resource, pub.term("statedIn"), Node.ANY).toList().stream()
                .map(t -> quote(t.getObject())).sorted(Comparator.comparing(m -> String.valueOf(m.get("sourceHref")))).toList()
                : List.of());
        v.put("properties", properties(claim));
        v.put("incoming", incoming());
        v.put("claimsBy", claims("claimant"));
        v.put("claimsAbout", claims("about"));
        v.put("mentionedIn", mentionedIn());
        if (resource.getURI().startsWith(pub.base().iri() + "id/")) {
            explore(v);
        }
        return v;
    }

    /** The timeline of what involves the entity, the picture of its neighbours, and the debates it is in. */
    private void explore(Map<String, Object> v) {
        String path = resource.getURI().substring(pub.base().iri().length());
        List<TimelineItem> items = Timeline.involving(pub, path);
        v.put("timeline", items.isEmpty() ? Boolean.FALSE : TimelineView.of(pub, items, i -> true));
        Map<String, Object> graph = Neighbourhood.of(pub, resource);
        if (graph != null) {
            graph = new HashMap<>(graph);
            graph.put("moreHref", pub.base().iri() + "query?query=" + URLEncoder.encode(Neighbourhood.query(resource), StandardCharsets.UTF_8));
        }
        v.put("graph", graph == null ? Boolean.FALSE : graph);
        Map<String, Object> debates = Debates.involving(pub, resource);
        v.put("debates", debates == null || ((List<?>) debates.get("threads")).isEmpty() ? Boolean.FALSE : debates);
    }

    private List<Map<String, Object>> properties(boolean claim) {
        Map<Node, List<Map<String, Object>>> byPredicate = new LinkedHashMap<>();
        List<Triple> out = doc.find(resource, Node.ANY, Node.ANY).toList();
        out.sort(Comparator.comparing((Triple t) -> t.getPredicate().getURI()).thenComparing(t -> t.getObject().toString()));
        for (Triple t : out) {
            if (HIDDEN.contains(t.getPredicate()) || t.getPredicate().equals(pub.term("sourceText"))) {
                continue;
            }
            Map<String, Object> value = value(t.getObject());
            // Own keys, so that a literal never picks up the property's link from the enclosing scope.
            value.put("valueHref", value.containsKey("href") ? value.remove("href") : Boolean.FALSE);
            value.putIfAbsent("lang", Boolean.FALSE);
            value.put("quotes", claim ? List.of() : quotes(t));
            ReleaseVersion since = pub.history().since(t, pub.base().iri());
            value.put("since", since == null ? Boolean.FALSE : since.text());
            value.put("unreleased", since == null && !pub.history().versions().isEmpty());
            byPredicate.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(value);
        }
        List<Map<String, Object>> props = new ArrayList<>();
        byPredicate.forEach((p, values) -> {
            Map<String, Object> m = link(p);
            m.put("values", values);
            props.add(m);
        });
        return props;
    }

    private Map<String, Object> value(Node o) {
        if (o.isLiteral()) {
            Map<String, Object> m = new HashMap<>();
            m.put("text", o.getLiteralLexicalForm());
            m.put("lang", o.getLiteralLanguage().isEmpty() ? Boolean.FALSE : o.getLiteralLanguage());
            return m;
        }
        String uri = o.isURI() ? o.getURI() : null;
        if (o.isBlank() || (uri != null && uri.startsWith(resource.getURI() + "#"))) {
            Map<String, Object> m = new HashMap<>();
            m.put("text", describe(o));
            return m;
        }
        return link(o);
    }

    /** A node the resource owns (a time description, a selector), as one line of "property: value" pairs. */
    private String describe(Node n) {
        List<String> parts = new ArrayList<>();
        doc.find(n, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (!t.getPredicate().equals(RDF.type.asNode())) {
                Node o = t.getObject();
                String text = o.isLiteral() ? o.getLiteralLexicalForm() : String.valueOf(pub.label(o, "en"));
                parts.add(name(t.getPredicate()) + ": " + text);
            }
        });
        parts.sort(null);
        return String.join("; ", parts);
    }

    Map<String, Object> link(Node n) {
        Map<String, Object> m = new HashMap<>();
        String label = n.isURI() ? pub.label(n, "en") : null;
        m.put("text", label != null ? label : name(n));
        String href = n.isURI() ? href(n) : null;
        m.put("href", href == null ? Boolean.FALSE : href);
        return m;
    }

    private String href(Node n) {
        return Hrefs.of(pub, n);
    }

    private String name(Node n) {
        if (!n.isURI()) {
            return n.toString();
        }
        String label = pub.label(n, "en");
        return label != null ? label : n.getLocalName().isEmpty() ? n.getURI() : n.getLocalName();
    }

    private List<String> literals(Node s, Node p) {
        return doc.find(s, p, Node.ANY).toList().stream().map(t -> t.getObject().getLiteralLexicalForm()).sorted().toList();
    }

    /** The quotes a statement of the document was derived from. */
    private List<Map<String, Object>> quotes(Triple t) {
        List<Map<String, Object>> quotes = new ArrayList<>();
        for (Triple st : doc.find(Node.ANY, RDF.subject.asNode(), t.getSubject()).toList()) {
            Node s = st.getSubject();
            if (doc.contains(s, RDF.predicate.asNode(), t.getPredicate()) && doc.contains(s, RDF.object.asNode(), t.getObject())) {
                doc.find(s, PROV.wasDerivedFrom.asNode(), Node.ANY).forEachRemaining(d -> quotes.add(quote(d.getObject())));
            }
        }
        return quotes;
    }

    Map<String, Object> quote(Node excerpt) {
        Map<String, Object> q = new HashMap<>();
        q.put("excerpt", excerpt.getURI());
        for (Triple sel : pub.dataset().getUnionGraph().find(excerpt, OA.hasSelector.asNode(), Node.ANY).toList()) {
            Graph g = pub.dataset().getUnionGraph();
            g.find(sel.getObject(), Node.ANY, Node.ANY).forEachRemaining(p -> {
                if (p.getObject().isLiteral()) {
                    q.put(p.getPredicate().getLocalName(), p.getObject().getLiteralLexicalForm());
                }
            });
        }
        pub.dataset().getUnionGraph().find(excerpt, OA.hasSource.asNode(), Node.ANY).forEachRemaining(src -> {
            q.put("source", pub.label(src.getObject(), "en"));
            q.put("sourceHref", src.getObject().getURI() + ".html#x-" + excerpt.getURI().substring(excerpt.getURI().lastIndexOf('/') + 1));
        });
        return q;
    }

    private List<Map<String, Object>> incoming() {
        List<Map<String, Object>> in = new ArrayList<>();
        for (Triple t : doc.find(Node.ANY, Node.ANY, resource).toList()) {
            Node p = t.getPredicate();
            if (p.equals(pub.term("mentions")) || p.equals(pub.term("claimant")) || p.equals(pub.term("about"))
                    || p.equals(RDF.subject.asNode()) || p.equals(RDF.object.asNode()) || t.getSubject().isBlank()) {
                continue;
            }
            Map<String, Object> m = link(t.getSubject());
            m.put("predicate", name(p));
            in.add(m);
        }
        in.sort(Comparator.comparing(m -> String.valueOf(m.get("predicate")) + m.get("text")));
        return in;
    }

    private List<Map<String, Object>> claims(String property) {
        List<Map<String, Object>> claims = new ArrayList<>();
        for (Triple t : doc.find(Node.ANY, pub.term(property), resource).toList()) {
            Map<String, Object> m = link(t.getSubject());
            pub.dataset().getUnionGraph().find(t.getSubject(), pub.term("claimant"), Node.ANY)
                    .forEachRemaining(c -> m.put("claimant", name(c.getObject())));
            claims.add(m);
        }
        claims.sort(Comparator.comparing(m -> String.valueOf(m.get("text"))));
        return claims;
    }

    private List<Map<String, Object>> mentionedIn() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Triple t : doc.find(Node.ANY, pub.term("mentions"), resource).toList()) {
            out.add(quote(t.getSubject()));
        }
        out.sort(Comparator.comparing(m -> String.valueOf(m.get("sourceHref"))));
        return out;
    }
}
