package dev.chinaai.kg.server;

import dev.chinaai.kg.server.options.QueryLimits;
import dev.chinaai.kg.server.options.ServerOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.diagnostics.KgException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The cap on slow queries, against the real server: with two slow queries
 * allowed (slow after 200 ms, timeout 4 s), six slow queries at once leave two
 * running to the timeout and stop the other four early with a 503 that says
 * why; a cheap query answers meanwhile; and the permits come back, so the next
 * slow queries run again.
 */
class SlowLaneTest {
    private static final String SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    private static final String TOO_MANY = "too many slow queries";

    @Test
    void slowQueriesBeyondTheCapAreStoppedEarlyAndPermitsComeBack() throws Exception {
        RunningServer s = new RunningServer(new ServerOptions(0, null, new QueryLimits(4000L, 2, 200), null, "localhost", true));
        try {
            List<CompletableFuture<HttpResponse<String>>> slow = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int i = 0; i < 6; i++) {
                slow.add(CompletableFuture.supplyAsync(() -> post(s, SLOW)));
            }
            Thread.sleep(500);
            HttpResponse<String> cheap = post(s, "ASK { <" + s.base + "id/deepseek> ?p ?o }");
            assertEquals(200, cheap.statusCode(), cheap.body());
            assertTrue(cheap.body().contains("true"), cheap.body());

            int stopped = 0;
            int timedOut = 0;
            for (CompletableFuture<HttpResponse<String>> f : slow) {
                HttpResponse<String> r = f.get();
                assertEquals(503, r.statusCode(), r.body());
                if (r.body().contains(TOO_MANY)) {
                    stopped++;
                    assertEquals("5", r.headers().firstValue("Retry-After").orElse(null), "a refused query is told when to retry");
                } else {
                    assertTrue(r.body().contains("timed out"), r.body());
                    timedOut++;
                }
            }
            assertEquals(4, stopped, "queries beyond the two allowed are stopped");
            assertEquals(2, timedOut, "the two allowed run to the timeout");
            assertTrue((System.nanoTime() - t0) / 1_000_000 >= 4000, "the allowed ones ran until the timeout");

            // The six tickets are closed: two permits are free again, so two new slow queries both run to the timeout.
            CompletableFuture<HttpResponse<String>> a = CompletableFuture.supplyAsync(() -> post(s, SLOW));
            CompletableFuture<HttpResponse<String>> b = CompletableFuture.supplyAsync(() -> post(s, SLOW));
            for (HttpResponse<String> r : List.of(a.get(), b.get())) {
                assertEquals(503, r.statusCode());
                assertTrue(r.body().contains("timed out"), "a leaked permit would have stopped this one: " + r.body());
            }
        } finally {
            s.close();
        }
    }

    @Test
    void limitsAreCheckedWithTheOptionInTheMessage() {
        var e = assertThrows(KgException.class, () -> new QueryLimits(null, 0, 1000));
        assertTrue(e.getMessage().contains("--max-slow-queries 0"), e.getMessage());
        e = assertThrows(KgException.class, () -> new QueryLimits(-5L, 2, 1000));
        assertTrue(e.getMessage().contains("--query-timeout -5"), e.getMessage());
    }

    private static HttpResponse<String> post(RunningServer s, String q) {
        return s.send(HttpRequest.newBuilder(URI.create(s.base + "sparql")).header("Accept", "application/sparql-results+json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).build());
    }
}
