package dev.chinaai.kg.server.pages.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import dev.chinaai.kg.graph.IriBase;
import dev.chinaai.kg.server.http.Publication;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/**
 * Every entity page shows the timeline items that involve it, and collecting
 * the items reads the whole graph: they are collected once per publication
 * (at 1000x the seeds each entity page took minutes), and a rebuilt graph,
 * which is a new publication, gets its own; an entity's items are looked up,
 * and are the items that involve it, in timeline order.
 */
class TimelineOncePerPublicationTest {

    @Test
    void itemsAreCollectedOncePerPublicationAndAnotherGraphHasItsOwn() {
        DatasetGraph full = TestGraph.dataset();
        Publication pub = new Publication(TestGraph.LAYOUT, full, IriBase.CANONICAL, "/sparql", 0);
        List<TimelineItem> first = Txn.calculateRead(full, () -> Timeline.items(pub));
        assertFalse(first.isEmpty(), "the seeds have dated items");
        assertSame(first, Txn.calculateRead(full, () -> Timeline.items(pub)), "collected again for the same graph");

        // The same graph without the first item's subject: a rebuilt graph, a new publication.
        DatasetGraph fewer = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(full, () -> full.find().forEachRemaining(q -> fewer.add(q)));
        String firstId = first.get(0).id();
        Txn.executeWrite(fewer, () -> {
            for (Quad q : fewer.stream().toList()) {
                if (q.getSubject().isURI() && q.getSubject().getURI().endsWith(firstId)) {
                    fewer.delete(q);
                }
            }
        });
        Publication rebuilt = new Publication(TestGraph.LAYOUT, fewer, IriBase.CANONICAL, "/sparql", 0);
        List<TimelineItem> own = Txn.calculateRead(fewer, () -> Timeline.items(rebuilt));
        assertNotEquals(first.size(), own.size(), "the rebuilt graph's items were taken from the old one");
        assertEquals(first.size(), Txn.calculateRead(full, () -> Timeline.items(pub)).size());
    }

    @Test
    void anEntitysItemsAreTheItemsThatInvolveIt() {
        DatasetGraph full = TestGraph.dataset();
        Publication pub = new Publication(TestGraph.LAYOUT, full, IriBase.CANONICAL, "/sparql", 0);
        List<TimelineItem> all = Txn.calculateRead(full, () -> Timeline.items(pub));
        Set<String> entities = new TreeSet<>();
        all.forEach(i -> entities.addAll(i.entities()));
        assertTrue(entities.size() > 50, entities.size() + " entities on the timeline");
        for (String e : entities) {
            assertEquals(all.stream().filter(i -> i.entities().contains(e)).toList(),
                    Txn.calculateRead(full, () -> Timeline.involving(pub, e)), e);
        }
        assertEquals(List.of(), Txn.calculateRead(full, () -> Timeline.involving(pub, "id/no-such-entity")));
    }
}
