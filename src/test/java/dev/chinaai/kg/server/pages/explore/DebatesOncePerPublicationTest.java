package dev.chinaai.kg.server.pages.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import dev.chinaai.kg.graph.IriBase;
import dev.chinaai.kg.server.http.Publication;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * The graph's claim links and times, which every entity page's debates need,
 * are collected once per publication: a second page of the same graph gets the
 * same groups, and a rebuilt graph (a new publication) its own, not the old one's.
 */
class DebatesOncePerPublicationTest {

    @Test
    void linksAreThePublicationsOwn() {
        DatasetGraph full = TestGraph.dataset();
        Publication pub = new Publication(TestGraph.LAYOUT, full, IriBase.CANONICAL, "/sparql", 0);
        Map<String, Object> all = Txn.calculateRead(full, () -> Debates.all(pub, null));
        int links = (int) all.get("linkCount");
        assertTrue(links > 0, "the seeds have claim links");
        assertEquals(all, Txn.calculateRead(full, () -> Debates.all(pub, null)));

        // The same graph without its claim links: a rebuilt graph, a new publication.
        DatasetGraph unlinked = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(full, () -> {
            Set<Node> linkNodes = new HashSet<>();
            full.find(Node.ANY, Node.ANY, RDF.type.asNode(), pub.term("ClaimLink")).forEachRemaining(q -> linkNodes.add(q.getSubject()));
            full.find().forEachRemaining(q -> {
                if (!linkNodes.contains(q.getSubject())) {
                    unlinked.add(q);
                }
            });
        });
        Publication rebuilt = new Publication(TestGraph.LAYOUT, unlinked, IriBase.CANONICAL, "/sparql", 0);
        int own = (int) Txn.calculateRead(unlinked, () -> Debates.all(rebuilt, null)).get("linkCount");
        assertNotEquals(links, own, "the rebuilt graph's links were taken from the old one");
        assertEquals(links, (int) Txn.calculateRead(full, () -> Debates.all(pub, null)).get("linkCount"));
    }
}
