package dev.chinaai.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /ds}, {@code /ds/} and {@code /ds/get} ask for the whole dataset:
 * they are answered from the rendered dump that {@code /dump.*} serves, with
 * its validators, instead of serialising every quad again for each request.
 */
class WholeDatasetTest extends ModeServerTestBase {

    @Test
    void theWholeDatasetIsTheCachedDump() {
        HttpResponse<String> trig = s.get("dump.trig");
        HttpResponse<String> nq = s.get("dump.nq");
        String etag = trig.headers().firstValue("ETag").orElseThrow();
        for (String path : List.of("ds", "ds/", "ds/get")) {
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> r = s.get(path);
                assertEquals(200, r.statusCode(), path);
                assertEquals(etag, r.headers().firstValue("ETag").orElse(null), path + " is the cached TriG dump");
                assertEquals(trig.body(), r.body(), path);
                assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/trig"));
            }
            HttpResponse<String> quads = s.get(path, "Accept", "application/n-quads");
            assertEquals(nq.headers().firstValue("ETag"), quads.headers().firstValue("ETag"), path);
            assertEquals(nq.body(), quads.body(), path);
            assertEquals(304, s.get(path, "If-None-Match", etag).statusCode(), path + " revalidates");
        }
    }

    @Test
    void aFormatTheDumpDoesNotComeInIs406NamingTheOffered() {
        HttpResponse<String> r = s.get("ds", "Accept", "application/ld+json");
        assertEquals(406, r.statusCode(), r.body());
        assertTrue(r.body().contains("application/trig") && r.body().contains("application/n-quads"), r.body());
    }
}
