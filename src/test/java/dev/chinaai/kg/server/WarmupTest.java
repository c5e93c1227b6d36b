package dev.chinaai.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The server answers one request of every kind before it says it is ready, so
 * that the first clients do not pay for loading classes, compiling templates
 * and opening the index; what it rendered then stays cached.
 */
class WarmupTest {
    @Test
    void everyKindIsAskedForOnceAndAnsweredBeforeReady() {
        RunningServer s = RunningServer.onFreePort();
        try {
            List<String[]> requests = Warmup.requests(s.server.publication());
            List<String> paths = requests.stream().map(r -> r[1]).toList();
            assertTrue(paths.contains("/"), paths.toString());
            assertTrue(paths.stream().anyMatch(p -> p.startsWith("/id/article-") && p.endsWith(".html")), paths.toString());
            for (String suffix : List.of(".html", ".ttl", ".jsonld")) {
                assertTrue(paths.stream().anyMatch(p -> p.startsWith("/id/") && !p.startsWith("/id/article-")
                        && p.endsWith(suffix)), "an entity as " + suffix + " in " + paths);
            }
            assertTrue(paths.stream().anyMatch(p -> p.startsWith("/sparql?query=")), paths.toString());
            assertTrue(paths.stream().anyMatch(p -> p.startsWith("/search?q=")), paths.toString());
            String log = s.log.toString();
            assertFalse(log.contains("warm-up:"), "every warm-up request answers 200:\n" + log);
            assertTrue(log.indexOf("ready in") > 0, log);
            for (String p : paths) {
                if (p.startsWith("/id/")) {
                    assertNotNull(s.server.publication().cachedIfPresent(p), p + " is rendered before the first client");
                    assertEquals(200, s.get(p.substring(1)).statusCode(), p);
                }
            }
        } finally {
            s.close();
        }
    }
}
