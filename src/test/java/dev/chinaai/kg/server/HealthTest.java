package dev.chinaai.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.server.store.SharedReaderTextIndex;
import java.io.IOException;
import java.net.http.HttpResponse;
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
}
