package dev.chinaai.kg.server.linkeddata;

import dev.chinaai.kg.server.http.Publication;
import dev.chinaai.kg.vocab.OA;
import dev.chinaai.kg.vocab.PROV;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The RDF document of one resource: its outgoing triples (with the nodes it
 * owns: hash IRIs under it and blank nodes), its incoming triples, the labels
 * and types of its neighbours, and for every statement where it comes from:
 * an rdf:Statement with prov:wasDerivedFrom the excerpt, and each excerpt with
 * its seed article, quote selector and code-point offsets.
 */
public final class ResourceDocument {
    private final Publication pub;
    private final Node resource;
    private final Graph out = GraphFactory.createDefaultGraph();
    /** Each statement of the document and the named graphs that hold it. */
    private final Map<Triple, Set<Node>> graphs = new LinkedHashMap<>();

    private ResourceDocument(Publication pub, Node resource) {
        this.pub = pub;
        this.resource = resource;
    }

    /** The document of a resource; an empty graph when the publication says nothing about it. */
    public static Graph of(Publication pub, Node resource) {
        ResourceDocument d = new ResourceDocument(pub, resource);
        Txn.executeRead(pub.dataset(), d::collect);
        return d.out;
    }

    /**
     * A document with each of its statements in the named graphs of the
     * publication that hold it (the excerpt graphs of facts, the provenance and
     * ontology graphs); a statement no graph holds (the shapes) in the default graph.
     */
    public static DatasetGraph inGraphs(Publication pub, Graph doc) {
        DatasetGraph out = DatasetGraphFactory.create();
        Txn.executeRead(pub.dataset(), () -> doc.find().forEachRemaining(t -> {
            Iterator<Quad> held = pub.dataset().find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
            if (!held.hasNext()) {
                out.getDefaultGraph().add(t);
            }
            held.forEachRemaining(out::add);
        }));
        return out;
    }

    private void collect() {
        DatasetGraph ds = pub.dataset();
        Set<Node> owned = outgoing(ds);
        // A named graph's document holds the statements of the graph.
        ds.find(resource, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
        Iterator<Quad> in = ds.find(Node.ANY, Node.ANY, Node.ANY, resource);
        in.forEachRemaining(this::add);
        Set<Node> neighbours = new LinkedHashSet<>();
        // In the order found: Set.copyOf's order changes from one JVM to the next, and so did the document's
        // bytes and ETag from one replica to the next.
        for (Triple t : graphs.keySet()) {
            for (Node n : new Node[] {t.getSubject(), t.getObject()}) {
                if (n.isURI() && !owned.contains(n)) {
                    neighbours.add(n);
                }
            }
        }
        for (Node n : neighbours) {
            ds.getUnionGraph().find(n, RDFS.label.asNode(), Node.ANY).forEachRemaining(out::add);
            ds.getUnionGraph().find(n, RDF.type.asNode(), Node.ANY).forEachRemaining(out::add);
        }
        provenance(ds);
    }

    /** Triples from the resource and from the nodes it owns; returns the owned nodes. */
    private Set<Node> outgoing(DatasetGraph ds) {
        Set<Node> owned = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.add(resource);
        String hash = resource.isURI() ? resource.getURI() + "#" : null;
        while (!todo.isEmpty()) {
            Node s = todo.pop();
            if (!owned.add(s)) {
                continue;
            }
            ds.find(Node.ANY, s, Node.ANY, Node.ANY).forEachRemaining(q -> {
                add(q);
                Node o = q.getObject();
                if (o.isBlank() || (hash != null && o.isURI() && o.getURI().startsWith(hash))) {
                    todo.add(o);
                }
            });
        }
        return owned;
    }

    private void add(Quad q) {
        Triple t = q.asTriple();
        out.add(t);
        graphs.computeIfAbsent(t, k -> new LinkedHashSet<>()).add(q.getGraph());
    }

    private void provenance(DatasetGraph ds) {
        Node provGraph = pub.iri("graph/provenance");
        Set<Node> excerpts = new LinkedHashSet<>();
        // An excerpt's graph holds several statements of the document: its sources are looked up once.
        Map<Node, List<Node>> derivedFrom = new HashMap<>();
        int i = 0;
        for (Map.Entry<Triple, Set<Node>> e : graphs.entrySet()) {
            for (Node g : e.getValue()) {
                for (Node excerpt : derivedFrom.computeIfAbsent(g, k -> Iter.toList(
                        Iter.map(ds.find(provGraph, k, PROV.wasDerivedFrom.asNode(), Node.ANY), Quad::getObject)))) {
                    Node st = NodeFactory.createBlankNode("st" + (i++));
                    Triple t = e.getKey();
                    out.add(Triple.create(st, RDF.type.asNode(), RDF.Statement.asNode()));
                    out.add(Triple.create(st, RDF.subject.asNode(), t.getSubject()));
                    out.add(Triple.create(st, RDF.predicate.asNode(), t.getPredicate()));
                    out.add(Triple.create(st, RDF.object.asNode(), t.getObject()));
                    out.add(Triple.create(st, PROV.wasDerivedFrom.asNode(), excerpt));
                    excerpts.add(excerpt);
                }
            }
        }
        // Excerpts of one article share it: its seed file and label are looked up once.
        Set<Node> sources = new HashSet<>();
        for (Node x : excerpts) {
            ds.find(provGraph, x, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (!q.getPredicate().equals(pub.term("mentions"))) {
                    out.add(q.asTriple());
                }
                if (q.getPredicate().equals(OA.hasSelector.asNode())) {
                    ds.find(provGraph, q.getObject(), Node.ANY, Node.ANY).forEachRemaining(s -> out.add(s.asTriple()));
                }
                if (q.getPredicate().equals(OA.hasSource.asNode()) && sources.add(q.getObject())) {
                    ds.find(provGraph, q.getObject(), pub.term("seedFile"), Node.ANY).forEachRemaining(s -> out.add(s.asTriple()));
                    ds.find(provGraph, q.getObject(), RDFS.label.asNode(), Node.ANY).forEachRemaining(s -> out.add(s.asTriple()));
                }
            });
        }
    }
}
