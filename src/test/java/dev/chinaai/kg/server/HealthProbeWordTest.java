package dev.chinaai.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/**
 * The word /health searches for must be one the index keeps: the label "MIT"
 * gave "mit", a German stop word the analyzer drops, and /health answered 503
 * on a sound store whenever that label was the first one found.
 */
class HealthProbeWordTest {

    private static DatasetGraph labelled(String... labels) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        int i = 0;
        for (String label : labels) {
            dsg.getDefaultGraph().add(NodeFactory.createURI("http://example.org/e" + i++), RDFS.label.asNode(),
                    NodeFactory.createLiteralLang(label, "en"));
        }
        return dsg;
    }

    @Test
    void aStopWordIsNeverTheProbe() {
        assertNull(HealthRoute.probeWord(labelled("MIT")));
        assertEquals("technology", HealthRoute.probeWord(labelled("MIT Technology Review")));
    }

    @Test
    void aWordTheTokenizerKeepsWholeWithItsNeighbourIsNeverTheProbe() {
        // "DALL.E" is one token to Lucene's tokenizer: a search for "dall" finds nothing.
        assertNull(HealthRoute.probeWord(labelled("DALL.E 3")));
        assertEquals("bildgenerator", HealthRoute.probeWord(labelled("DALL.E 3", "Bildgenerator (DALL.E)")));
        assertEquals("modelle", HealthRoute.probeWord(labelled("Sora-ähnliche Modelle")));
    }

    @Test
    void theLongestKeptWordOfALabelIsTheProbe() {
        assertEquals("deepseek", HealthRoute.probeWord(labelled("Und DeepSeek AI")));
    }
}
