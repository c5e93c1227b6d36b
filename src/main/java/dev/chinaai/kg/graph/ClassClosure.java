package dev.chinaai.kg.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Materialises the class hierarchy of the ontology: every {@code s rdf:type C}
 * gains {@code s rdf:type D} for each named superclass D of C, in the same
 * named graph (so it keeps the provenance of the triple it follows from). A
 * plain {@code ?x a cai:Organization} then finds companies in every client,
 * without a reasoner or an entailment regime on the endpoint.
 */
final class ClassClosure {
    private ClassClosure() {
    }

    /** Adds the superclass types; returns how many quads were added. */
    static int materialise(DatasetGraph dataset, Graph ontology) {
        Map<Node, Set<Node>> supers = superclasses(ontology);
        List<Quad> add = new ArrayList<>();
        dataset.find(Node.ANY, Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> {
            for (Node d : supers.getOrDefault(q.getObject(), Set.of())) {
                Quad inferred = Quad.create(q.getGraph(), q.getSubject(), RDF.type.asNode(), d);
                if (!dataset.contains(inferred)) {
                    add.add(inferred);
                }
            }
        });
        add.forEach(dataset::add);
        return add.size();
    }

    /** Every named class's named superclasses (transitive, without itself and owl:Thing). */
    static Map<Node, Set<Node>> superclasses(Graph ontology) {
        Map<Node, Set<Node>> direct = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        ontology.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isURI() && !t.getObject().equals(OWL.Thing.asNode())) {
                direct.computeIfAbsent(t.getSubject(), k -> new LinkedHashSet<>()).add(t.getObject());
            }
        });
        Map<Node, Set<Node>> closure = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        for (Node c : direct.keySet()) {
            Set<Node> seen = new LinkedHashSet<>();
            Deque<Node> todo = new ArrayDeque<>(direct.get(c));
            while (!todo.isEmpty()) {
                Node n = todo.pop();
                if (!n.equals(c) && seen.add(n)) {
                    todo.addAll(direct.getOrDefault(n, Set.of()));
                }
            }
            closure.put(c, seen);
        }
        return closure;
    }
}
