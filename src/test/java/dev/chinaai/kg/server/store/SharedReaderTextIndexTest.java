package dev.chinaai.kg.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import dev.chinaai.kg.graph.IriBase;
import dev.chinaai.kg.server.options.ServerOptions;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The text index that {@code fuseki-config/config.ttl} configures searches
 * through one shared Lucene reader and answers exactly as jena-text's own
 * {@code TextIndexLucene} (a reader per query) answers over the same index:
 * the same hits, in the same order, with the same scores, literals,
 * properties and highlights, for words, phrases, wildcards, a language, a
 * property list, a subject and limits; and a commit is seen by the next search.
 */
class SharedReaderTextIndexTest {
    private static final String OWN = "http://localhost:3030/";

    private DatasetGraphText dataset;
    private SharedReaderTextIndex index;

    /** The configuration's in-memory text dataset, loaded with the real graph as {@code serve} loads it. */
    @BeforeEach
    void load() {
        Graph config = FusekiConfigFile.read(TestGraph.LAYOUT, IriBase.CANONICAL, ServerOptions.defaults());
        Resource root = ModelFactory.createModelForGraph(config).createResource("file:///fuseki-config/config.ttl#text_dataset");
        dataset = (DatasetGraphText) DatasetFactory.assemble(root).asDatasetGraph();
        TextIndex configured = dataset.getTextIndex();
        index = assertInstanceOf(SharedReaderTextIndex.class, configured, "the index config.ttl declares");
        DatasetGraphText d = dataset;
        Txn.executeWrite(d, () -> TestGraph.dataset().find().forEachRemaining(d::add));
    }

    @AfterEach
    void close() {
        if (dataset != null) {
            dataset.close();
        }
    }

    @Test
    void answersAsJenaTextsOwnReaderPerQueryDoes() {
        Node label = RDFS.label.asNode();
        List<Resource> labels = List.of(ResourceFactory.createProperty(RDFS.label.getURI()), SKOS.altLabel);
        String deepseek = OWN + "id/deepseek";
        List<Function<TextIndex, List<TextHit>>> searches = List.of(
                i -> i.query((Node) null, "Sanktion", null, null),
                i -> i.query((Node) null, "DeepSeek", null, null, 0),
                i -> i.query((Node) null, "Chip", null, null, 3),
                i -> i.query((Node) null, "Chip", null, null, 1),
                i -> i.query((Node) null, "\"Jensen Huang\"", null, null, 0),
                i -> i.query((Node) null, "\"KI-Chips des amerikanischen\"", null, null, 10),
                i -> i.query((Node) null, "Sank* AND NOT Nvidia", null, null, 20),
                i -> i.query((Node) null, "Talente OR Fachkräfte", null, null, 20),
                i -> i.query((Node) null, "Chip", null, "de", 50),
                i -> i.query((Node) null, "researchers", null, "en", 50),
                i -> i.query((Node) null, "researchers", null, "de", 50),
                i -> i.query((Node) null, "Nvidia", null, "none", 50),
                i -> i.query(label, "Nvidia", null, null, 50),
                i -> i.query(labels, "Nvidia", null, null, 50, null),
                i -> i.query(labels, "Chips", null, "de", 5, null),
                i -> i.query(NodeFactory.createURI(deepseek), List.of(), "DeepSeek", null, null, 10, null),
                i -> i.query(deepseek, label, "DeepSeek", null, null, 10, null),
                i -> i.query((Node) null, "Sanktion", null, null, 10, "highlight:"),
                i -> i.query((Node) null, "Chips", null, "de", 10, "highlight:s:<b> | e:</b> | z:40 | m:2"));
        int hits = 0;
        for (int n = 0; n < searches.size(); n++) {
            List<String> jena = rendered(searches.get(n).apply(index.lucene()));
            assertEquals(jena, rendered(searches.get(n).apply(index)), "search " + n);
            hits += jena.size();
            assertFalse(jena.isEmpty(), "search " + n + " finds something, so that the comparison says something");
        }
        assertTrue(hits > 100, hits + " hits compared");
    }

    @Test
    void aQueryThatDoesNotParseFailsAsJenaTextsDoes() {
        String bad = "Sanktion AND (";
        RuntimeException jena = assertThrows(TextIndexParseException.class,
                () -> index.lucene().query((Node) null, bad, null, null, 10));
        RuntimeException ours = assertThrows(RuntimeException.class, () -> index.query((Node) null, bad, null, null, 10));
        assertEquals(jena.getClass(), ours.getClass());
        assertEquals(jena.getMessage(), ours.getMessage());
    }

    @Test
    void aSearchAfterACommitSeesWhatItWrote() {
        Node graph = NodeFactory.createURI(OWN + "graph/test");
        Node subject = NodeFactory.createURI(OWN + "id/quastenflosser");
        Quad added = Quad.create(graph, subject, RDFS.label.asNode(), NodeFactory.createLiteralLang("Quastenflosser", "de"));
        assertEquals(List.of(), index.query((Node) null, "Quastenflosser", null, null, 10));
        Txn.executeWrite(dataset, () -> {
            dataset.add(added);
            assertEquals(List.of(), index.query((Node) null, "Quastenflosser", null, null, 10),
                    "not before the commit, as jena-text's own");
        });
        List<TextHit> found = index.query((Node) null, "Quastenflosser", null, null, 10);
        assertEquals(List.of(subject), found.stream().map(TextHit::getNode).toList());
        assertEquals(rendered(index.lucene().query((Node) null, "Quastenflosser", null, null, 10)), rendered(found));

        Txn.executeWrite(dataset, () -> dataset.delete(added));
        assertEquals(List.of(), index.query((Node) null, "Quastenflosser", null, null, 10), "a delete too");
    }

    @Test
    void aSearchAfterCloseAnswersAsJenaTextsOwnDoes() {
        List<String> before = rendered(index.query((Node) null, "Sanktion", null, null, 10));
        dataset.close();
        dataset = null;
        // The in-memory index is still there to read; jena-text's own query opens a reader on it.
        assertEquals(before, rendered(index.query((Node) null, "Sanktion", null, null, 10)));
    }

    /** A hit as text with every part of it, the score exact: TextHit has no equals. */
    private static List<String> rendered(List<TextHit> hits) {
        return hits.stream().map(h -> h.getNode() + " " + Float.floatToIntBits(h.getScore()) + " " + h.getLiteral() + " "
                + h.getGraph() + " " + h.getProp()).toList();
    }
}
