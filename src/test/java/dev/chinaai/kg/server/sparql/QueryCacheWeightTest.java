package dev.chinaai.kg.server.sparql;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.server.http.Rendered;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The answer cache's cap against the heap: filled far past its cap with many
 * small answers shaped like real ones (a query string key, the kept headers,
 * a content type, an ETag, a short body), the cache holds about
 * {@link QueryCache#MAX_TOTAL_BYTES} of heap, measured after a full collection,
 * not a multiple of it.
 */
class QueryCacheWeightTest {
    /** A quarter of the real cap, to keep the test fast; the weights are the same. */
    private static final long CAP = QueryCache.MAX_TOTAL_BYTES / 4;
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private static long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, MEMORY.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    @Test
    void theCacheHoldsAboutItsCapInHeapNotAMultiple() {
        long before = usedAfterGc();
        QueryCache cache = new QueryCache(CAP);
        long entries = CAP / 100;
        for (long i = 0; i < entries; i++) {
            String key = "/sparql?query=SELECT%20%3Fs%20WHERE%20%7B%20%3Fs%20%3Fp%20%22" + i + "%22%20%7D\napplication/sparql-results+json";
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("X-Result-Limit", Integer.toString(BoundedQuery.MAX_ROWS));
            headers.put("Vary", new String("Accept"));
            byte[] body = ("{\"head\":{\"vars\":[\"s\"]},\"results\":{\"bindings\":[]},\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8);
            cache.keep(key, headers, new Rendered(new String("application/sparql-results+json; charset=utf-8"), body,
                    "\"" + Long.toHexString(i * 0x9E3779B97F4A7C15L) + "12345678\""));
        }
        cache.cleanUp();
        long retained = usedAfterGc() - before;
        double ratio = (double) retained / CAP;
        System.out.printf("query cache: %d entries kept, %d bytes retained for a cap of %d (%.2f)%n", cache.size(), retained,
                CAP, ratio);
        assertTrue(ratio <= 1.15, "the cache retains " + retained + " bytes for a cap of " + CAP
                + " (" + cache.size() + " entries): it weighs entries lighter than they are");
        assertTrue(ratio >= 0.6, "the cache retains only " + retained + " bytes for a cap of " + CAP
                + " (" + cache.size() + " entries): it weighs entries heavier than they are");
        cache.keep("keep the cache reachable until measured", Map.of(), new Rendered("text/plain", new byte[0], "\"0\""));
    }
}
