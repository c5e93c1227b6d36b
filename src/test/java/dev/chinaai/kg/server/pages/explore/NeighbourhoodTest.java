package dev.chinaai.kg.server.pages.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import dev.chinaai.kg.graph.IriBase;
import dev.chinaai.kg.server.http.Publication;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/**
 * The neighbourhood picture of a hub: no entity of the seeds has more than a dozen neighbours, so the cap is
 * checked on a graph made for it, an organisation with 40 members.
 */
class NeighbourhoodTest {
    @Test
    void aHubShowsTheCapNeighboursInAFixedOrderAndSaysHowManyMoreThereAre() {
        IriBase base = IriBase.CANONICAL;
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node g = NodeFactory.createURI(base.iri() + "graph/test");
        Node hub = NodeFactory.createURI(base.iri() + "id/hub");
        Node member = NodeFactory.createURI(base.ontologyNamespace() + "member");
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < 40; i++) {
                dsg.add(new Quad(g, hub, member, NodeFactory.createURI(base.iri() + "id/m" + (100 + i))));
            }
            dsg.add(new Quad(g, NodeFactory.createURI(base.iri() + "excerpt/000/x"), NodeFactory.createURI(base.ontologyNamespace() + "mentions"), hub));
        });
        Publication pub = new Publication(TestGraph.LAYOUT, dsg, base, "/sparql", 41);
        Map<String, Object> v = Txn.calculateRead(dsg, () -> Neighbourhood.of(pub, hub));
        List<?> nodes = (List<?>) v.get("nodes");
        assertEquals(Neighbourhood.CAP, nodes.size());
        assertEquals(40, v.get("total"), "excerpts are not neighbours; every member is");
        assertEquals(Boolean.TRUE, v.get("more"));
        assertEquals(base.iri() + "id/m100.html", ((Map<?, ?>) nodes.get(0)).get("href"), "neighbours in a fixed order");
        assertEquals(v, Txn.calculateRead(dsg, () -> Neighbourhood.of(pub, hub)), "the same graph gives the same picture");
        assertTrue(Neighbourhood.query(hub).contains("<" + hub.getURI() + ">"));
        assertNull(Txn.calculateRead(dsg, () -> Neighbourhood.of(pub, NodeFactory.createURI(base.iri() + "id/alone"))));
    }
}
