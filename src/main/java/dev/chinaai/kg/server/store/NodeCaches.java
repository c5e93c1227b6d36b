package dev.chinaai.kg.server.store;

import java.nio.file.Path;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.DatabaseConnection;

/**
 * TDB2's node caches for a server on a store, sized by the server's heap
 * rather than TDB2's fixed defaults (a million node ids to nodes, 200,000
 * nodes to ids).
 * <p>
 * Every quad TDB2 finds is four node ids, each decoded through that cache or
 * read from the node file and put into it. A 1000x store holds more than four
 * million distinct nodes, and a workload that dereferences random entities
 * (a crawler) reads most of them: with the defaults nearly every decode missed,
 * and the cache's eviction on each put took 17 % of a dereference's time.
 * With the caches at {@link #HEAP_SHARE} of a 2 GB heap the same store served
 * 2.6-3.2 times as many dereferences at 16 clients in an A/B of the two
 * ({@code bench/RESULTS.md}, session 9). The caches fill only as nodes are
 * read, so a small store never takes the heap this allows. The price, on a
 * large store: the old generation fills and G1's young generation shrinks,
 * so random lookups at 16 clients were about a quarter slower at 2 GB
 * (claims faster, text even); a quarter of the heap instead gave back most
 * of the dereference gain.
 */
public final class NodeCaches {
    /** Heap per cached node (its id, the node, its text and the cache's entry): measured 180-200 bytes at 1000x. */
    static final long BYTES_PER_NODE = 200;
    /** Share of the heap the two node caches may fill: 3/8, beside the rendered documents' 1/8. */
    static final double HEAP_SHARE = 3.0 / 8;
    /** Of the cached nodes, the share kept by node (for constants in patterns); the rest by id (for answers). */
    static final double BY_NODE_SHARE = 0.2;

    private NodeCaches() {
    }

    /**
     * Opens the TDB2 database in a store's {@code tdb2} folder with node caches
     * sized for a heap of {@code maxHeap} bytes; the Fuseki configuration that
     * names the same location then gets this connection (TDB2 keeps one per
     * location). A location this process has open already keeps its caches.
     */
    public static void connect(Path tdb2, long maxHeap) {
        DatabaseConnection.connectCreate(Location.create(tdb2.toAbsolutePath().toString()), params(maxHeap));
    }

    /** TDB2's default parameters with node caches for the heap, never smaller than TDB2's own. */
    public static StoreParams params(long maxHeap) {
        StoreParams dft = StoreParams.getDftStoreParams();
        long nodes = (long) (maxHeap * HEAP_SHARE / BYTES_PER_NODE);
        long byNode = (long) (nodes * BY_NODE_SHARE);
        return StoreParams.builder(dft)
                .node2NodeIdCacheSize(atLeast(dft.getNode2NodeIdCacheSize(), byNode))
                .nodeId2NodeCacheSize(atLeast(dft.getNodeId2NodeCacheSize(), nodes - byNode))
                .build();
    }

    private static int atLeast(int dft, long wanted) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(dft, wanted));
    }
}
