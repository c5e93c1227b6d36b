package dev.chinaai.kg.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.tdb2.params.StoreParams;
import org.junit.jupiter.api.Test;

/** The node caches of a server on a store: sized by the heap, never below TDB2's defaults. */
class NodeCachesTest {
    @Test
    void aTwoGigabyteHeapCachesAboutFourMillionNodes() {
        StoreParams p = NodeCaches.params(2L << 30);
        // 3/8 of 2 GiB at 200 bytes a node: 4,026,531 nodes, a fifth of them by node.
        assertEquals(805_306, p.getNode2NodeIdCacheSize());
        assertEquals(3_221_225, p.getNodeId2NodeCacheSize());
    }

    @Test
    void aSmallHeapKeepsTdb2sDefaults() {
        StoreParams p = NodeCaches.params(256L << 20);
        StoreParams dft = StoreParams.getDftStoreParams();
        assertEquals(dft.getNode2NodeIdCacheSize(), p.getNode2NodeIdCacheSize());
        assertEquals(dft.getNodeId2NodeCacheSize(), p.getNodeId2NodeCacheSize());
    }

    @Test
    void onlyTheNodeCachesChange() {
        StoreParams p = NodeCaches.params(8L << 30);
        StoreParams dft = StoreParams.getDftStoreParams();
        assertEquals(dft.getBlockSize(), p.getBlockSize());
        assertEquals(dft.getFileMode(), p.getFileMode());
        assertEquals(dft.getNodeMissCacheSize(), p.getNodeMissCacheSize());
        assertEquals(java.util.List.of(dft.getQuadIndexes()), java.util.List.of(p.getQuadIndexes()));
    }
}
