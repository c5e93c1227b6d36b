package dev.chinaai.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import dev.chinaai.kg.graph.IriBase;
import dev.chinaai.kg.server.store.count.IndexCounts;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * Count per class on the running server comes from an index scan of the
 * served TDB2 dataset ({@link IndexCounts}), and equals the counts of the
 * graph it serves, counted here from the union of its named graphs; after a
 * rebuild is swapped in, the fresh dataset counts through the scan too.
 */
class CountPerClassTest {
    /** The count a user writes first, and the landing page's (COUNT(DISTINCT ?s), which the endpoint's guards wrap). */
    private static final List<String> QUERIES = List.of("SELECT ?class (COUNT(?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class",
            "SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class ORDER BY DESC(?n) ?class");

    @Test
    void countPerClassIsScannedAndRight() {
        try (RunningServer s = RunningServer.onFreePort()) {
            for (String q : QUERIES) {
                assertEquals(expected(TestGraph.dataset(), s.base), counted(s, q), q);
            }

            DatasetGraph rebuilt = DatasetGraphFactory.createTxnMem();
            TestGraph.dataset().find().forEachRemaining(rebuilt::add);
            Node lab = NodeFactory.createURI(IriBase.CANONICAL.iri() + "ontology#Lab");
            for (int i = 0; i < 3; i++) {
                rebuilt.add(Quad.create(NodeFactory.createURI(IriBase.CANONICAL.iri() + "graph/rebuilt" + i),
                        NodeFactory.createURI(IriBase.CANONICAL.iri() + "id/new-lab"), RDF.type.asNode(), lab));
            }
            s.server.republish(rebuilt, IriBase.CANONICAL);
            Map<String, Long> after = counted(s, QUERIES.get(0));
            assertEquals(expected(rebuilt, s.base), after);
            String served = s.base + "ontology#Lab";
            assertEquals(expected(TestGraph.dataset(), s.base).get(served) + 1, after.get(served),
                    "one new lab, stated in three graphs, counted once");
        }
    }

    /**
     * The counts the server answers (as CSV), after checking that an index scan answered them, or the
     * groups kept from one of the same data (the start's warm-up asks for the landing page's counts).
     */
    private static Map<String, Long> counted(RunningServer s, String query) {
        long before = IndexCounts.scans() + IndexCounts.remembered();
        String csv = s.get("sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "Accept", "text/csv").body();
        assertTrue(IndexCounts.scans() + IndexCounts.remembered() > before, "an index scan answered " + query);
        Map<String, Long> counts = new TreeMap<>();
        csv.lines().skip(1).forEach(line -> {
            String[] cells = line.split(",");
            counts.put(cells[0], Long.parseLong(cells[1].trim()));
        });
        return counts;
    }

    /** Per class (its IRI as served under {@code base}), the subjects typed with it in the union of the named graphs. */
    private static Map<String, Long> expected(DatasetGraph d, String base) {
        Graph union = d.getUnionGraph();
        Map<String, Long> counts = new TreeMap<>();
        union.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining((Triple t) ->
                counts.merge(t.getObject().getURI().replace(IriBase.CANONICAL.iri(), base), 1L, Long::sum));
        return counts;
    }
}
