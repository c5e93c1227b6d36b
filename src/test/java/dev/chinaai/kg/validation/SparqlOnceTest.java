package dev.chinaai.kg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import dev.chinaai.kg.graph.KnowledgeGraph;
import dev.chinaai.kg.project.ProjectLayout;
import dev.chinaai.kg.synth.SyntheticCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evaluating the SHACL-SPARQL constraints once over the graph reports exactly
 * what Jena's per-focus-node evaluation reports: the same entries (focus node,
 * path, value, message, source shape, constraint component, severity; compared
 * as multisets) and so the same conforms flag, on every shape fixture, the real
 * graph, two synthetic shards, and a graph made to tempt a wrong rewrite
 * (nodes outside the target that match a query's pattern).
 */
class SparqlOnceTest {
    private static final Path FIXTURES = Path.of("src/test/resources/shapes");
    private static final Graph SHAPES_GRAPH = KnowledgeGraph.readTurtleFolder(TestGraph.LAYOUT.shapes(), TestGraph.LAYOUT);
    private static final Shapes SHAPES = Shapes.parse(SHAPES_GRAPH);
    private static final GraphValidator ONCE = GraphValidator.of(SHAPES_GRAPH);
    private static final Graph ONTOLOGY = KnowledgeGraph.readTurtleFolder(TestGraph.LAYOUT.ontology(), TestGraph.LAYOUT);

    @TempDir
    static Path tmp;

    /** One line per entry, sorted: a multiset of report entries. */
    static List<String> entries(ValidationReport r) {
        return r.getEntries().stream().map(SparqlOnceTest::line).sorted().toList();
    }

    private static String line(ReportEntry e) {
        return e.focusNode() + " | " + (e.resultPath() == null ? "-" : e.resultPath().toString()) + " | " + e.value()
                + " | " + e.message() + " | " + e.source() + " | " + e.sourceConstraintComponent() + " | "
                + e.severity().level() + " | " + e.sourceConstraint();
    }

    private static void assertSameReport(Shapes shapes, GraphValidator once, Graph data, String what) {
        ValidationReport perFocus = ShaclValidator.get().validate(shapes, data);
        ValidationReport batch = once.report(data);
        assertEquals(entries(perFocus), entries(batch), what);
        assertEquals(perFocus.conforms(), batch.conforms(), what + ": conforms");
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureGetsJenasReport() throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(FIXTURES)) {
            files = all.filter(f -> f.toString().endsWith(".ttl")).sorted().toList();
        }
        assertTrue(files.size() > 60, "fixtures found: " + files.size());
        return files.stream().map(f -> DynamicTest.dynamicTest(FIXTURES.relativize(f).toString(), () -> {
            Graph data = GraphMemFactory.createDefaultGraph();
            RDFDataMgr.read(data, f.toString());
            ONTOLOGY.find().forEachRemaining(data::add);
            assertSameReport(SHAPES, ONCE, data, f.toString());
        }));
    }

    @Test
    void theRealGraphAndTwoShardsGetJenasReport() {
        assertSameReport(SHAPES, ONCE, TestGraph.dataset().getUnionGraph(), "real graph");
        SyntheticCorpus.write(TestGraph.LAYOUT, tmp.resolve("a"), 1, 0);
        SyntheticCorpus.write(TestGraph.LAYOUT, tmp.resolve("b"), 1, 1);
        DatasetGraph a = KnowledgeGraph.build(new ProjectLayout(tmp.resolve("a"))).dataset();
        DatasetGraph b = KnowledgeGraph.build(new ProjectLayout(tmp.resolve("b"))).dataset();
        Graph both = GraphMemFactory.createDefaultGraph();
        Stream.of(a, b).forEach(d -> d.find().forEachRemaining(q -> both.add(q.asTriple())));
        assertSameReport(SHAPES, ONCE, both, "two shards");
    }

    /** Every SPARQL constraint of the project runs once, except cais:InstantShape's (SAMPLE in a GROUP BY). */
    @Test
    void onlyTheAggregateStaysPerFocusNode() {
        List<String> once = ONCE.evaluatedOnce().stream().map(s -> s.getShapeNode().getLocalName()).sorted().toList();
        assertEquals(List.of("ArticleShape", "ClaimLinkShape", "ClaimShape", "EventShape", "ExcerptShape",
                "HedgedClaimShape", "IntervalShape", "ModelShape", "RegistryEntity", "RenderingShape", "StatementShape",
                "TimeDescriptionShape"), once);
    }

    /**
     * Targets of every kind (a subclass instance, sh:targetNode,
     * sh:targetSubjectsOf, sh:targetObjectsOf), nodes outside the targets that
     * match the query, messages with placeholders and without sh:message, a
     * projected ?path, a shape-level sh:message and a warning severity.
     */
    @Test
    void targetsMessagesAndNodesOutsideTheTarget() {
        String shapes = """
                PREFIX sh: <http://www.w3.org/ns/shacl#>
                PREFIX ex: <http://ex/>
                ex:ByClass a sh:NodeShape ; sh:targetClass ex:C ;
                    sh:sparql [ sh:message "{$this} points at {?value}" ;
                        sh:select "SELECT $this ?value WHERE { $this <http://ex/p> ?value }" ] ;
                    sh:sparql [ sh:select "SELECT $this WHERE { $this <http://ex/q> ?x FILTER NOT EXISTS { ?x a <http://ex/C> } }" ] .
                ex:ByNode a sh:NodeShape ; sh:targetNode ex:n1 , ex:absent ; sh:severity sh:Warning ;
                    sh:sparql [ sh:message "n" ;
                        sh:select "SELECT $this ?value ?path WHERE { $this ?path ?value FILTER(?path = <http://ex/p>) }" ] .
                ex:BySubject a sh:NodeShape ; sh:targetSubjectsOf ex:r ; sh:message "shape says so"@en ;
                    sh:sparql [ sh:select "SELECT $this ?value WHERE { $this <http://ex/p> ?v BIND(STR(?v) AS ?value) }" ] .
                ex:ByObject a sh:NodeShape ; sh:targetObjectsOf ex:r ;
                    sh:sparql [ sh:message "{?value}" ;
                        sh:select "SELECT DISTINCT $this ?value WHERE { ?s <http://ex/r> $this . ?s <http://ex/p> ?value }" ] .
                """;
        String data = """
                PREFIX ex: <http://ex/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                ex:D rdfs:subClassOf ex:C .
                ex:c1 a ex:C ; ex:p ex:x , "one"@en ; ex:q ex:y .
                ex:d1 a ex:D ; ex:p 2 ; ex:q ex:c1 .
                ex:out ex:p ex:z ; ex:q ex:y ; ex:r ex:out2 .
                ex:n1 ex:p "n1" .
                ex:s1 ex:r ex:o1 , ex:o2 ; ex:p ex:v1 , ex:v2 .
                ex:o2 ex:p ex:v3 .
                """;
        Graph shapesGraph = RDFParser.fromString(shapes, Lang.TURTLE).toGraph();
        Graph dataGraph = RDFParser.fromString(data, Lang.TURTLE).toGraph();
        GraphValidator once = GraphValidator.of(shapesGraph);
        assertEquals(4, once.evaluatedOnce().size());
        assertSameReport(Shapes.parse(shapesGraph), once, dataGraph, "crafted graph");
        assertFalse(once.report(dataGraph).conforms());
    }

    @Test
    void theConditionRejectsWhatPreBindingWouldChange() {
        String ok = "SELECT $this ?value WHERE { $this <urn:p> ?value . BIND($this AS ?x) FILTER NOT EXISTS { $this <urn:q> ?x } }";
        assertEquals(java.util.Optional.empty(), PreBinding.whyNot(QueryFactory.create(ok), "{$this} {?value}"));
        for (String bad : List.of(
                "SELECT ?value WHERE { $this <urn:p> ?value }",
                "SELECT * WHERE { $this <urn:p> ?value }",
                "SELECT $this ?value WHERE { BIND($this AS ?value) $this <urn:p> ?o }",
                "SELECT $this ?value WHERE { ?s <urn:p> ?value OPTIONAL { $this <urn:q> ?s } }",
                "SELECT $this ?value WHERE { { $this <urn:p> ?value } UNION { $this <urn:q> ?value } }",
                "SELECT $this ?value WHERE { ?s <urn:p> ?value FILTER(?s != $this) }",
                "SELECT $this ?value WHERE { $this <urn:p> ?value } LIMIT 1",
                "SELECT $this (COUNT(?v) AS ?value) WHERE { $this <urn:p> ?v } GROUP BY $this",
                "SELECT $this ?value WHERE { $this <urn:p> ?value VALUES $this { <urn:a> } }",
                "SELECT $this ?value WHERE { $this <urn:p> ?value FILTER EXISTS { OPTIONAL { ?value <urn:q> $this } } }",
                "SELECT $this ?value WHERE { $this <urn:p> ?value FILTER EXISTS { { SELECT $this WHERE { $this <urn:q> ?z } } } }",
                "SELECT $this ?value WHERE { $this <urn:p> ?value . $currentShape <urn:q> ?value }",
                "SELECT $this ?value WHERE { GRAPH ?g { $this <urn:p> ?value } }")) {
            assertTrue(PreBinding.whyNot(QueryFactory.create(bad), null).isPresent(), bad);
        }
        assertTrue(PreBinding.whyNot(QueryFactory.create("SELECT $this WHERE { $this <urn:p> ?o }"), "{?o}").isPresent());
    }
}
