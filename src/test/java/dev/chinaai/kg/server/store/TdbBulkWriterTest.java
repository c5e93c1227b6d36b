package dev.chinaai.kg.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import dev.chinaai.kg.diagnostics.KgException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdInline;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every index the bulk writer packs holds exactly the quads given, whatever
 * their order, and answers lookups on every combination of bound slots as the
 * quads themselves do.
 */
class TdbBulkWriterTest {
    private static final Node EX_S = NodeFactory.createURI("http://example.org/s");
    private static final Node EX_P = NodeFactory.createURI("http://example.org/p");

    @TempDir
    Path tmp;

    @Test
    void everyIndexHoldsTheQuadsGivenInAnyOrder() {
        List<Quad> given = new ArrayList<>();
        TestGraph.dataset().find().forEachRemaining(given::add);
        // Default-graph triples go to the triple table; a quad given twice is held once; the order is not sorted.
        given.add(Quad.create(Quad.defaultGraphIRI, EX_S, EX_P, NodeFactory.createLiteralString("a")));
        given.add(Quad.create(Quad.defaultGraphIRI, EX_S, EX_P, EX_S));
        given.add(given.get(0));
        Collections.shuffle(given, new Random(11));
        Set<Quad> expected = new HashSet<>();
        given.forEach(q -> expected.add(stored(q)));

        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(Location.create(tmp.toString()));
        StringWriter log = new StringWriter();
        TdbBulkWriter writer = TdbBulkWriter.start(tdb, 0);
        try {
            given.forEach(writer::add);
            writer.finish(new PrintWriter(log, true));
        } finally {
            writer.close();
        }
        long named = expected.stream().filter(q -> !q.isDefaultGraph()).count();
        assertTrue(log.toString().contains("SPOG: " + String.format("%,d", named) + " rows"), log.toString());

        Txn.executeRead(tdb, () -> {
            DatasetGraphTDB t = TDBInternal.getDatasetGraphTDB(tdb);
            NodeTable nodes = t.getQuadTable().getNodeTupleTable().getNodeTable();
            Set<Quad> quads = subset(expected, q -> !q.isDefaultGraph());
            Set<Quad> dflt = subset(expected, Quad::isDefaultGraph);
            for (TupleIndex index : t.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
                assertEquals(quads, held(index, nodes), index.getName());
            }
            for (TupleIndex index : t.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes()) {
                assertEquals(dflt, held(index, nodes), index.getName());
            }
            // Lookups through the dataset pick an index by the slots bound: each combination, on a sample of quads.
            List<Quad> sample = new ArrayList<>(quads);
            Collections.shuffle(sample, new Random(5));
            sample.addAll(dflt);
            for (Quad q : sample.subList(0, 40)) {
                for (int bound = 0; bound < 16; bound++) {
                    Quad pattern = pattern(q, bound);
                    Set<Quad> found = new HashSet<>();
                    tdb.find(pattern).forEachRemaining(found::add);
                    Set<Quad> wanted = subset(q.isDefaultGraph() ? dflt : quads, x -> matches(pattern, x));
                    if (pattern.getGraph().isConcrete()) {
                        assertEquals(wanted, found, pattern.toString());
                    } else {
                        assertTrue(found.containsAll(wanted), pattern.toString());
                    }
                }
            }
        });
        assertThrows(KgException.class, () -> TdbBulkWriter.start(tdb, 0), "a second load into a full database");
        TDBInternal.expel(tdb);
    }

    /** What TDB2 holds of a quad: numbers, dates and booleans in their canonical, inline form. */
    private static Quad stored(Quad q) {
        Node o = q.getObject();
        NodeId inline = o.isLiteral() ? NodeIdInline.inline(o) : null;
        Quad held = inline == null ? q : Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(), NodeIdInline.extract(inline));
        return held.isDefaultGraph() ? Quad.create(Quad.defaultGraphIRI, held.asTriple()) : held;
    }

    private static Set<Quad> held(TupleIndex index, NodeTable nodes) {
        Set<Quad> held = new HashSet<>();
        index.all().forEachRemaining(t -> held.add(quad(t, nodes)));
        return held;
    }

    private static Quad quad(Tuple<NodeId> t, NodeTable nodes) {
        if (t.len() == 3) {
            return Quad.create(Quad.defaultGraphIRI, nodes.getNodeForNodeId(t.get(0)), nodes.getNodeForNodeId(t.get(1)),
                    nodes.getNodeForNodeId(t.get(2)));
        }
        return Quad.create(nodes.getNodeForNodeId(t.get(0)), nodes.getNodeForNodeId(t.get(1)),
                nodes.getNodeForNodeId(t.get(2)), nodes.getNodeForNodeId(t.get(3)));
    }

    /** {@code q} with the slots whose bit is set in {@code bound} kept (graph 8, subject 4, predicate 2, object 1). */
    private static Quad pattern(Quad q, int bound) {
        return Quad.create((bound & 8) != 0 ? q.getGraph() : Node.ANY, (bound & 4) != 0 ? q.getSubject() : Node.ANY,
                (bound & 2) != 0 ? q.getPredicate() : Node.ANY, (bound & 1) != 0 ? q.getObject() : Node.ANY);
    }

    private static boolean matches(Quad pattern, Quad q) {
        return ok(pattern.getGraph(), q.getGraph()) && ok(pattern.getSubject(), q.getSubject())
                && ok(pattern.getPredicate(), q.getPredicate()) && ok(pattern.getObject(), q.getObject());
    }

    private static boolean ok(Node pattern, Node n) {
        return pattern == Node.ANY || pattern.equals(n);
    }

    private static Set<Quad> subset(Set<Quad> quads, Predicate<Quad> keep) {
        Set<Quad> s = new HashSet<>();
        quads.stream().filter(keep).forEach(s::add);
        return s;
    }
}
