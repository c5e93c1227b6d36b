package dev.chinaai.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import dev.chinaai.kg.graph.IriBase;
import dev.chinaai.kg.server.options.ServerOptions;
import dev.chinaai.kg.server.store.SharedReaderTextIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.query.text.DatasetGraphText;
import org.junit.jupiter.api.Test;

/**
 * {@code /health} for a load balancer: ready only while the store answers and
 * the text index finds what the store holds; 503 with the reason once either
 * of them is gone, without taking the rest of the server down.
 */
class HealthTest {

    @Test
    void readyUntilTheTextIndexThenTheStoreStopsAnswering() throws IOException {
        try (RunningServer s = RunningServer.onFreePort()) {
            HttpResponse<String> ready = s.get("health");
            assertEquals(200, ready.statusCode(), ready.body());
            assertTrue(ready.body().startsWith("ready: release c"), ready.body());

            DatasetGraphText text = (DatasetGraphText) s.server.publication().dataset();
            // The index as lost: its writer and its directory closed.
            text.getTextIndex().close();
            ((SharedReaderTextIndex) text.getTextIndex()).lucene().getDirectory().close();
            HttpResponse<String> noIndex = s.get("health");
            assertEquals(503, noIndex.statusCode());
            assertTrue(noIndex.body().startsWith("not ready: the text index does not answer"), noIndex.body());
            assertEquals("2", noIndex.headers().firstValue("Retry-After").orElse(null));
            assertEquals("no-store", noIndex.headers().firstValue("Cache-Control").orElse(null));

            text.getBase().close();
            HttpResponse<String> noStore = s.get("health");
            assertEquals(503, noStore.statusCode());
            assertTrue(noStore.body().startsWith("not ready: the store does not answer"), noStore.body());
            assertEquals(1, noStore.body().lines().count(), "one line, no stack trace: " + noStore.body());
        }
    }

    /**
     * A balancer polls /health from the moment the port opens, before the server has asked itself for one
     * answer of each kind: it must not be told "ready" then (it was, and a replica at 1000x took traffic
     * while it still computed its landing page's statistics).
     */
    @Test
    void notReadyWhileItWarmsUp() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        CompletableFuture<KgServer> starting = CompletableFuture.supplyAsync(() -> KgServer.start(TestGraph.LAYOUT,
                TestGraph.dataset(), IriBase.CANONICAL, ServerOptions.defaults().withPort(port),
                new PrintWriter(new StringWriter())));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                .timeout(Duration.ofSeconds(10)).build();
        List<String> whileStarting = new ArrayList<>();
        KgServer server = null;
        try {
            while (!starting.isDone()) {
                try {
                    HttpResponse<String> r = client.send(health, HttpResponse.BodyHandlers.ofString());
                    whileStarting.add(r.statusCode() + " " + r.body());
                } catch (IOException notListeningYet) {
                    Thread.sleep(5);
                }
            }
            server = starting.get();
            int lastWarming = -1;
            for (int i = 0; i < whileStarting.size(); i++) {
                if (whileStarting.get(i).startsWith("503 not ready: warming up")) {
                    lastWarming = i;
                }
            }
            assertTrue(lastWarming >= 0, "no answer during the warm-up said so: " + whileStarting);
            assertFalse(whileStarting.subList(0, lastWarming).stream().anyMatch(r -> r.startsWith("200")),
                    "ready before the warm-up ended: " + whileStarting);
            assertEquals(200, client.send(health, HttpResponse.BodyHandlers.ofString()).statusCode());
        } finally {
            if (server != null) {
                server.close();
            } else {
                starting.thenAccept(KgServer::close);
            }
        }
    }
}
