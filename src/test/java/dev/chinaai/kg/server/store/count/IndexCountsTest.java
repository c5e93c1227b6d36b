package dev.chinaai.kg.server.store.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import dev.chinaai.kg.graph.IriBase;
import dev.chinaai.kg.server.options.ServerOptions;
import dev.chinaai.kg.server.store.FusekiConfigFile;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpLib;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Counts over one quad pattern answered by an index scan ({@link IndexCounts})
 * equal ARQ's answers through TDB2's own executor, on the dataset
 * {@code fuseki-config/config.ttl} configures (union default graph), loaded
 * with the real graph and with crafted quads that put one triple in several
 * graphs, give subjects several classes and counts inline numbers; the scan
 * answers the queries it should, leaves the rest to ARQ, and stops on a cancel.
 */
class IndexCountsTest {
    private static final String EX = "http://example.org/";
    private static final String PREFIXES = "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX ex: <" + EX + "> ";
    /** Queries the scan answers. */
    private static final List<String> SCANNED = List.of(
            "SELECT ?c (COUNT(?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c",
            "SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class ORDER BY DESC(?n) ?class",
            "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
            "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }",
            "SELECT (COUNT(DISTINCT *) AS ?n) WHERE { ?s ?p ?o }",
            "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p",
            "SELECT ?o (COUNT(DISTINCT ?s) AS ?n) (COUNT(*) AS ?all) WHERE { ?s ?p ?o } GROUP BY ?o",
            "SELECT ?s ?p (COUNT(?o) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?s ?p",
            "SELECT ?o (COUNT(?s) AS ?n) WHERE { ?s ex:size ?o } GROUP BY ?o",
            "SELECT ?c (COUNT(*) AS ?n) WHERE { ?s a ?c } GROUP BY ?c HAVING (COUNT(*) > 2) ORDER BY ?c LIMIT 3",
            "SELECT (COUNT(*) AS ?n) WHERE { ?s a ex:Lab }",
            "SELECT (COUNT(*) AS ?n) WHERE { ?s a ex:NoSuchClass }",
            "SELECT ?o (COUNT(*) AS ?n) WHERE { ?s ex:noSuchProperty ?o } GROUP BY ?o",
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
            "SELECT ?s (COUNT(*) AS ?n) WHERE { ?s a ?c } GROUP BY ?s",
            "SELECT ?s WHERE { ?s a ?c } GROUP BY ?s",
            "SELECT (COUNT(*) AS ?n) WHERE { { SELECT ?s WHERE { ?s a ?c } GROUP BY ?s } FILTER(STRSTARTS(STR(?s), STR(ex:))) }",
            "SELECT ?g (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ex:Lab } } GROUP BY ?g",
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s a ex:Lab } }",
            "SELECT ?c (COUNT(*) AS ?n) WHERE { GRAPH ex:g1 { ?s a ?c } } GROUP BY ?c",
            // A subquery joined with a pattern: ARQ evaluates each side of the join on its own.
            "SELECT ?c ?n WHERE { ?c a ?k { SELECT ?c (COUNT(?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c } }");
    /** Queries whose groups the scan must leave to ARQ (it could not answer them as ARQ does). */
    private static final List<String> LEFT_TO_ARQ = List.of(
            "SELECT ?k (COUNT(?s) AS ?n) WHERE { ?s a ?c } GROUP BY (STR(?c) AS ?k)",
            "SELECT ?c (COUNT(?x) AS ?n) WHERE { ?s a ?c } GROUP BY ?c",
            "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?s }",
            "SELECT ?c (COUNT(DISTINCT ?c) AS ?n) WHERE { ?s a ?c } GROUP BY ?c",
            "SELECT ?c (SUM(?z) AS ?n) WHERE { ?s ?c ?z } GROUP BY ?c",
            "SELECT ?c (COUNT(?s) AS ?n) WHERE { ?s a ?c . ?s ex:size ?z } GROUP BY ?c");

    private static DatasetGraph dataset;

    @BeforeAll
    static void load() {
        Resource root = ModelFactory.createModelForGraph(FusekiConfigFile.read(TestGraph.LAYOUT, IriBase.CANONICAL,
                ServerOptions.defaults())).createResource("file:///fuseki-config/config.ttl#text_dataset");
        dataset = DatasetFactory.assemble(root).asDatasetGraph();
        DatasetGraph d = dataset;
        Txn.executeWrite(d, () -> {
            TestGraph.dataset().find().forEachRemaining(d::add);
            crafted().forEach(d::add);
        });
    }

    @AfterAll
    static void close() {
        dataset.close();
    }

    @Test
    void countsAsArqDoes() {
        for (String q : concat(SCANNED, LEFT_TO_ARQ)) {
            List<Map<Var, Node>> arq = select(q, OpExecutorTDB2.OpExecFactoryTDB);
            long before = IndexCounts.scans();
            List<Map<Var, Node>> scanned = select(q, IndexCounts.FACTORY);
            boolean took = IndexCounts.scans() > before;
            assertEquals(SCANNED.contains(q), took, (took ? "scanned " : "left to ARQ ") + q);
            // Only a group by a property the store does not hold has no solution; the rest give something to compare.
            assertEquals(q.contains("ex:noSuchProperty"), arq.isEmpty(), "solutions of " + q);
            assertEquals(counted(arq), counted(scanned), "the same solutions as ARQ's: " + q);
        }
    }

    @Test
    void keepsTheOrderAQueryAsksFor() {
        String q = SCANNED.get(1);
        assertEquals(select(q, OpExecutorTDB2.OpExecFactoryTDB), select(q, IndexCounts.FACTORY));
    }

    @Test
    void planIsMadeOnlyWhereAnIndexOrderFits() {
        assertNotNull(plan("SELECT ?c (COUNT(?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c"));
        assertEquals("POSG", plan("SELECT ?c (COUNT(?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c").index);
        assertEquals("OSPG", plan("SELECT ?o (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?o").index);
        assertEquals("GSPO", plan("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g").index);
        assertEquals("SPOG", plan("SELECT ?s (COUNT(*) AS ?n) WHERE { ?s a ?c } GROUP BY ?s").index,
                "no order has the constant P first and then S: the whole index, P checked on each entry");
        assertNull(plan("SELECT ?p (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p"), "no P, S order");
    }

    @Test
    void stopsWhenTheQueryIsCancelled() {
        CountPlan plan = plan("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        NodeId g = NodeIdFactory.createPtr(1);
        Iterator<Tuple<NodeId>> entries = IntStream.range(0, 200_000)
                .mapToObj(i -> (Tuple<NodeId>) TupleFactory.create4(g, NodeIdFactory.createPtr(i + 2), g, g)).iterator();
        AtomicBoolean cancel = new AtomicBoolean(true);
        CountScan scan = new CountScan(plan, entries, new NodeId[4], null, cancel);
        assertThrows(QueryCancelledException.class, scan::hasNext);
        AtomicBoolean running = new AtomicBoolean(false);
        Iterator<Tuple<NodeId>> again = IntStream.range(0, 200_000)
                .mapToObj(i -> (Tuple<NodeId>) TupleFactory.create4(g, NodeIdFactory.createPtr(i + 2), g, g)).iterator();
        CountScan whole = new CountScan(plan, again, new NodeId[4], null, running);
        assertTrue(whole.hasNext());
        assertEquals(200_000, whole.next().rows());
        assertFalse(whole.hasNext());

        // A constant that does not lead the index order matches none of the entries walked: still stopped.
        CountPlan bySubject = plan("SELECT ?s (COUNT(*) AS ?n) WHERE { ?s a ?c } GROUP BY ?s");
        NodeId[] type = {null, null, NodeIdFactory.createPtr(999_999_999L), null};
        Iterator<Tuple<NodeId>> other = IntStream.range(0, 200_000)
                .mapToObj(i -> (Tuple<NodeId>) TupleFactory.create4(g, NodeIdFactory.createPtr(i + 2), g, g)).iterator();
        assertThrows(QueryCancelledException.class, new CountScan(bySubject, other, type, null, cancel)::hasNext);
        Iterator<Tuple<NodeId>> none = IntStream.range(0, 200_000)
                .mapToObj(i -> (Tuple<NodeId>) TupleFactory.create4(g, NodeIdFactory.createPtr(i + 2), g, g)).iterator();
        assertFalse(new CountScan(bySubject, none, type, null, running).hasNext(), "no subject has that type");
    }

    @Test
    void keepsCountsOfTheSameDataOnly() {
        String perClass = "SELECT ?c (COUNT(?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c";
        IndexCounts.install(dataset);
        OpExecutorFactory memo = QC.getFactory(dataset.getContext());
        long scans = IndexCounts.scans();
        long kept = IndexCounts.remembered();
        List<Map<Var, Node>> first = select(perClass, memo);
        assertEquals(scans + 1, IndexCounts.scans(), "the first count per class is a scan");
        // The same plan in other words: answered from the first scan's groups.
        String reworded = "SELECT ?class (COUNT(?x) AS ?k) { ?x a ?class } GROUP BY ?class";
        assertEquals(counted(select(reworded, OpExecutorTDB2.OpExecFactoryTDB)), counted(select(reworded, memo)));
        assertEquals(kept + 1, IndexCounts.remembered(), "the reworded count is the kept one");
        assertEquals(scans + 1, IndexCounts.scans());

        // A write makes a new data version: counted again, and right.
        Quad added = Quad.create(NodeFactory.createURI(EX + "g9"), NodeFactory.createURI(EX + "new"), RDF.type.asNode(),
                NodeFactory.createURI(EX + "Lab"));
        Txn.executeWrite(dataset, () -> dataset.add(added));
        try {
            List<Map<Var, Node>> after = select(perClass, memo);
            assertEquals(scans + 2, IndexCounts.scans(), "new data: scanned again");
            assertEquals(counted(select(perClass, OpExecutorTDB2.OpExecFactoryTDB)), counted(after));
            assertEquals(labs(first) + 1, labs(after));
        } finally {
            Txn.executeWrite(dataset, () -> dataset.delete(added));
        }

        // A scan a LIMIT stopped early is not kept as if it were all the groups.
        select("SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p LIMIT 1", memo);
        String perProperty = "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p";
        assertEquals(counted(select(perProperty, OpExecutorTDB2.OpExecFactoryTDB)), counted(select(perProperty, memo)));

        // Too many groups to keep: scanned each time.
        String perSubjectAndProperty = "SELECT ?s ?p (COUNT(?o) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?s ?p";
        assertTrue(select(perSubjectAndProperty, memo).size() > CountMemo.MAX_GROUPS);
        long before = IndexCounts.scans();
        select(perSubjectAndProperty, memo);
        assertEquals(before + 1, IndexCounts.scans());
    }

    private static long labs(List<Map<Var, Node>> perClass) {
        return perClass.stream().filter(r -> r.get(Var.alloc("c")).getURI().equals(EX + "Lab"))
                .mapToLong(r -> ((Number) r.get(Var.alloc("n")).getLiteralValue()).longValue()).sum();
    }

    /** The solutions in the order the query gives them, each as its variables' values. */
    private static List<Map<Var, Node>> select(String query, OpExecutorFactory executor) {
        QC.setFactory(dataset.getContext(), executor);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec qe = QueryExec.dataset(dataset).query(PREFIXES + query).build()) {
                List<Map<Var, Node>> rows = new ArrayList<>();
                qe.select().forEachRemaining(b -> {
                    Map<Var, Node> row = new HashMap<>();
                    b.forEach(row::put);
                    rows.add(row);
                });
                return rows;
            }
        });
    }

    /** The solutions as a multiset: how often each occurs. */
    private static Map<Map<Var, Node>, Long> counted(List<Map<Var, Node>> rows) {
        return rows.stream().collect(Collectors.groupingBy(r -> r, Collectors.counting()));
    }

    /** The plan for the query's group, in the quad form TDB2 runs over the union default graph. */
    private static CountPlan plan(String query) {
        Query q = QueryFactory.create(PREFIXES + query);
        Op op = OpLib.unionDefaultGraphQuads(Algebra.toQuadForm(Algebra.compile(q)));
        List<OpGroup> groups = new ArrayList<>();
        OpWalker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpGroup g) {
                groups.add(g);
            }
        });
        assertEquals(1, groups.size(), query);
        return CountPlan.of(groups.get(0));
    }

    /** One triple in three graphs, subjects of two classes, inline numbers (some equal), a literal object. */
    private static List<Quad> crafted() {
        List<Quad> quads = new ArrayList<>();
        Node type = RDF.type.asNode();
        for (int i = 0; i < 40; i++) {
            Node s = NodeFactory.createURI(EX + "s" + i);
            Node graph = NodeFactory.createURI(EX + "g" + (i % 4));
            quads.add(Quad.create(graph, s, type, NodeFactory.createURI(EX + (i % 3 == 0 ? "Lab" : "Model"))));
            quads.add(Quad.create(NodeFactory.createURI(EX + "g1"), s, type, NodeFactory.createURI(EX + "Lab")));
            quads.add(Quad.create(NodeFactory.createURI(EX + "g2"), s, type, NodeFactory.createURI(EX + "Lab")));
            quads.add(Quad.create(graph, s, NodeFactory.createURI(EX + "size"), NodeFactory.createLiteralDT(
                    Integer.toString(i % 7), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
            quads.add(Quad.create(graph, s, NodeFactory.createURI(EX + "name"), NodeFactory.createLiteralLang("Name " + (i % 5), "de")));
        }
        return quads;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
