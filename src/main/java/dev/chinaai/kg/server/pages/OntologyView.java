package dev.chinaai.kg.server.pages;

import dev.chinaai.kg.server.http.Publication;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** The documentation page of the ontology: every class and property with its labels and comments in English and German, anchored by local name. */
final class OntologyView {
    private OntologyView() {
    }

    static Map<String, Object> of(Publication pub, Graph g) {
        Map<String, Object> v = new HashMap<>();
        String ns = pub.base().ontologyNamespace();
        v.put("classes", terms(g, OWL.Class.asNode(), ns));
        List<Map<String, Object>> props = new ArrayList<>(terms(g, OWL.ObjectProperty.asNode(), ns));
        props.addAll(terms(g, OWL.DatatypeProperty.asNode(), ns));
        props.sort(Comparator.comparing(m -> (String) m.get("name")));
        v.put("properties", props);
        v.put("iri", pub.base().iri() + "ontology");
        return v;
    }

    private static List<Map<String, Object>> terms(Graph g, Node type, String ns) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Triple t : g.find(Node.ANY, RDF.type.asNode(), type).toList()) {
            Node term = t.getSubject();
            if (!term.isURI() || !term.getURI().startsWith(ns)) {
                continue;
            }
            Map<String, Object> m = new HashMap<>();
            m.put("name", term.getURI().substring(ns.length()));
            m.put("iri", term.getURI());
            m.put("labelEn", text(g, term, RDFS.label.asNode(), "en"));
            m.put("labelDe", text(g, term, RDFS.label.asNode(), "de"));
            m.put("commentEn", text(g, term, RDFS.comment.asNode(), "en"));
            m.put("commentDe", text(g, term, RDFS.comment.asNode(), "de"));
            List<String> parents = new ArrayList<>();
            for (Node p : new Node[] {RDFS.subClassOf.asNode(), RDFS.subPropertyOf.asNode()}) {
                g.find(term, p, Node.ANY).forEachRemaining(s -> {
                    if (s.getObject().isURI()) {
                        parents.add(s.getObject().getURI());
                    }
                });
            }
            m.put("parents", parents);
            out.add(m);
        }
        out.sort(Comparator.comparing(m -> (String) m.get("name")));
        return out;
    }

    private static String text(Graph g, Node s, Node p, String lang) {
        return g.find(s, p, Node.ANY).toList().stream().map(Triple::getObject)
                .filter(o -> o.isLiteral() && o.getLiteralLanguage().equals(lang))
                .map(Node::getLiteralLexicalForm).findFirst().orElse(null);
    }
}
