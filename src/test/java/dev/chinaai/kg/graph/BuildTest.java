package dev.chinaai.kg.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import dev.chinaai.kg.validation.GraphValidator;
import dev.chinaai.kg.validation.ValidationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real graph: valid, deterministic, and every asserted triple traceable to a quote. */
class BuildTest {
    private static final String PREFIXES = """
            PREFIX cai: <http://localhost:3030/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX time: <http://www.w3.org/2006/time#>
            """;

    @Test
    void realGraphConformsToTheShapes() {
        ValidationResult r = GraphValidator.fromProject(TestGraph.LAYOUT).validate(TestGraph.dataset());
        assertTrue(r.conforms(), r::readable);
    }

    @Test
    void twoBuildsWriteByteIdenticalFiles(@TempDir Path tmp) throws IOException {
        DatasetGraph second = KnowledgeGraph.build(TestGraph.LAYOUT).dataset();
        DatasetFiles.write(TestGraph.dataset(), tmp.resolve("a"), IriBase.CANONICAL);
        DatasetFiles.write(second, tmp.resolve("b"), IriBase.CANONICAL);
        for (String f : List.of(DatasetFiles.TRIG, DatasetFiles.NQUADS)) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(f)), Files.readAllBytes(tmp.resolve("b").resolve(f)), f);
        }
        assertEquals(TestGraph.dataset().stream().count(), DatasetFiles.read(tmp.resolve("a")).stream().count());
    }

    @Test
    void everyAssertedTripleTracesToAnExcerptWithOffsetsAndSeed() {
        String q = PREFIXES + """
                SELECT ?g (COUNT(*) AS ?n) WHERE {
                  GRAPH ?g { ?s ?p ?o }
                  FILTER(?g NOT IN (<http://localhost:3030/graph/provenance>, <http://localhost:3030/graph/ontology>))
                  FILTER NOT EXISTS {
                    GRAPH <http://localhost:3030/graph/provenance> {
                      ?g prov:wasDerivedFrom ?excerpt .
                      ?excerpt oa:hasSource ?article ; oa:hasSelector ?sel .
                      ?sel oa:start ?start ; oa:end ?end .
                      ?article cai:seedFile ?seed .
                    }
                  }
                } GROUP BY ?g""";
        List<String> untraced = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(q, TestGraph.asDataset())) {
            qe.execSelect().forEachRemaining(s -> untraced.add(s.get("g") + " (" + s.get("n") + " triples)"));
        }
        assertTrue(untraced.isEmpty(), "graphs without provenance: " + untraced);
        assertTrue(count("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }") > 100);
    }

    @Test
    void everyEntityAndClaimHasALabel() {
        long unlabelled = count(PREFIXES + """
                SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {
                  ?x a ?c . FILTER(STRSTARTS(STR(?x), "http://localhost:3030/"))
                  FILTER NOT EXISTS { ?x a ?part VALUES ?part { oa:TextQuoteSelector oa:TextPositionSelector cai:TimeDescription cai:Rendering
                      cai:SupportLink cai:ContradictionLink time:Instant time:Interval } }
                  FILTER NOT EXISTS { ?x rdfs:label ?l } }""");
        assertEquals(0, unlabelled);
    }

    @Test
    void everyExcerptsOffsetsCutItsExactQuoteOutOfTheSeed() {
        long excerpts = count(PREFIXES + "SELECT (COUNT(?e) AS ?n) WHERE { ?e a cai:Excerpt }");
        long exact = count(PREFIXES + """
                SELECT (COUNT(?e) AS ?n) WHERE {
                  ?e a cai:Excerpt ; oa:hasSource/cai:sourceText ?text ; oa:hasSelector ?q , ?p .
                  ?q oa:exact ?exact . ?p oa:start ?s ; oa:end ?end .
                  FILTER(SUBSTR(?text, ?s + 1, ?end - ?s) = ?exact) }""");
        assertTrue(excerpts > 200, "excerpts: " + excerpts);
        assertEquals(excerpts, exact);
    }

    private static long count(String query) {
        try (QueryExecution qe = QueryExecution.create(query, query.contains("GRAPH") ? TestGraph.asDataset() : TestGraph.union())) {
            ResultSet rs = qe.execSelect();
            QuerySolution s = rs.next();
            return s.getLiteral("n").getLong();
        }
    }
}
