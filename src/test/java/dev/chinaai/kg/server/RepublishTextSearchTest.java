package dev.chinaai.kg.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import dev.chinaai.kg.graph.IriBase;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/**
 * Full-text search on a server that serves from memory, before and after a
 * rebuild is swapped in ({@code serve --watch}): the index searches through a
 * reader it keeps, and that reader must follow the loads, first the start's,
 * then the rebuild's into a fresh index, never the index it replaced.
 */
class RepublishTextSearchTest {
    private static final String WORD = "Quastenflosser";

    @Test
    void aSearchAfterARebuildFindsTheNewGraphsWords() {
        try (RunningServer s = RunningServer.onFreePort()) {
            assertTrue(search(s, "Sanktion").contains(s.base + "excerpt/004/us-sanctions-nvidia#quote"),
                    "the graph loaded at the start is searchable");
            assertFalse(search(s, WORD).contains(WORD));

            // The rebuilt graph: a word more, and a word less (every literal that has it left out).
            DatasetGraph rebuilt = DatasetGraphFactory.createTxnMem();
            TestGraph.dataset().find().forEachRemaining(q -> {
                if (!(q.getObject().isLiteral() && q.getObject().getLiteralLexicalForm().contains("Sanktion"))) {
                    rebuilt.add(q);
                }
            });
            Node subject = NodeFactory.createURI(IriBase.CANONICAL.iri() + "id/quastenflosser");
            rebuilt.add(Quad.create(NodeFactory.createURI(IriBase.CANONICAL.iri() + "graph/rebuilt"), subject,
                    RDFS.label.asNode(), NodeFactory.createLiteralLang(WORD, "de")));
            s.server.republish(rebuilt, IriBase.CANONICAL);

            String after = search(s, WORD);
            assertTrue(after.contains(s.base + "id/quastenflosser") && after.contains(WORD), after);
            assertFalse(search(s, "Sanktion").contains(s.base + "excerpt/004/us-sanctions-nvidia#quote"),
                    "the index the rebuild replaced is not searched");
            assertTrue(search(s, "Nvidia").contains(s.base + "id/nvidia,"), "the rest is still found");
        }
    }

    private static String search(RunningServer s, String word) {
        String q = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s ?lit WHERE { (?s ?score ?lit) text:query '"
                + word + "' }";
        return s.get("sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "Accept", "text/csv").body();
    }
}
