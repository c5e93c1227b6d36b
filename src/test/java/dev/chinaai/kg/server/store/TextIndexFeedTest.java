package dev.chinaai.kg.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chinaai.kg.TestGraph;
import dev.chinaai.kg.graph.IriBase;
import dev.chinaai.kg.server.options.ServerOptions;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/**
 * The text index fed on its own thread holds what the text dataset's own
 * path (adding the quads through it) puts there, and a failure on the index's
 * thread reaches the caller instead of being lost with the thread.
 */
class TextIndexFeedTest {
    private static final List<String> WORDS = List.of("Sanktion", "DeepSeek", "Chip", "\"Jensen Huang\"", "Talente OR Fachkräfte");

    @Test
    void indexesAsTheTextDatasetDoes() {
        DatasetGraphText own = textDataset();
        DatasetGraphText fed = textDataset();
        try {
            Txn.executeWrite(own, () -> TestGraph.dataset().find().forEachRemaining(own::add));
            try (TextIndexFeed feed = new TextIndexFeed(fed.getTextIndex())) {
                TestGraph.dataset().find().forEachRemaining(feed::add);
                feed.commit();
                feed.await();
            }
            for (String word : WORDS) {
                List<String> expected = hits(own.getTextIndex(), word);
                assertFalse(expected.isEmpty(), word);
                assertEquals(expected, hits(fed.getTextIndex(), word), word);
            }
        } finally {
            own.close();
            fed.close();
        }
    }

    @Test
    void aFailureOnTheIndexThreadReachesTheCaller() {
        DatasetGraphText closed = textDataset();
        closed.getTextIndex().close();
        try (TextIndexFeed feed = new TextIndexFeed(closed.getTextIndex())) {
            assertThrows(RuntimeException.class, () -> {
                TestGraph.dataset().find().forEachRemaining(feed::add);
                feed.commit();
                feed.await();
            });
        }
    }

    private static List<String> hits(TextIndex index, String query) {
        return index.query((Node) null, query, null, null, 100).stream()
                .map(h -> h.getNode() + " " + h.getLiteral() + " " + h.getScore()).toList();
    }

    /** The configuration's in-memory text dataset, empty. */
    private static DatasetGraphText textDataset() {
        Graph config = FusekiConfigFile.read(TestGraph.LAYOUT, IriBase.CANONICAL, ServerOptions.defaults());
        Resource root = ModelFactory.createModelForGraph(config).createResource("file:///fuseki-config/config.ttl#text_dataset");
        return (DatasetGraphText) DatasetFactory.assemble(root).asDatasetGraph();
    }
}
