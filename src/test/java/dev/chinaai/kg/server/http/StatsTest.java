package dev.chinaai.kg.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import dev.chinaai.kg.graph.IriBase;
import dev.chinaai.kg.server.options.ServerOptions;
import dev.chinaai.kg.server.store.FusekiConfigFile;
import dev.chinaai.kg.server.store.count.IndexCounts;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * The landing page's and VoID's counts, computed by {@link Stats} through the
 * served TDB2 dataset (where index scans answer its groups), equal the counts
 * taken here by walking the union of the named graphs: triples, typed
 * subjects under id/ (void:entities) and subjects per class.
 */
class StatsTest {
    @Test
    void countsTheGraphItServes() {
        DatasetGraph served = DatasetFactory.assemble(ModelFactory.createModelForGraph(FusekiConfigFile.read(TestGraph.LAYOUT,
                IriBase.CANONICAL, ServerOptions.defaults())).createResource("file:///fuseki-config/config.ttl#text_dataset"))
                .asDatasetGraph();
        try {
            IndexCounts.install(served);
            Txn.executeWrite(served, () -> TestGraph.dataset().find().forEachRemaining(served::add));
            long scans = IndexCounts.scans();
            Stats stats = Stats.of(new Publication(TestGraph.LAYOUT, served, IriBase.CANONICAL, "/sparql", 0));
            assertTrue(IndexCounts.scans() >= scans + 3, "count per class, all triples and the subjects were scanned");

            Graph union = TestGraph.dataset().getUnionGraph();
            Map<Node, Long> perClass = new HashMap<>();
            Set<Node> entities = new HashSet<>();
            union.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining((Triple t) -> {
                perClass.merge(t.getObject(), 1L, Long::sum);
                if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(IriBase.CANONICAL.iri() + "id/")) {
                    entities.add(t.getSubject());
                }
            });
            assertEquals(perClass, new HashMap<>(stats.perClass()));
            assertEquals(entities.size(), stats.entities());
            assertEquals(union.size(), stats.triples());
            assertTrue(stats.entities() > 100, "the real graph's entities: " + stats.entities());
        } finally {
            served.close();
        }
    }
}
