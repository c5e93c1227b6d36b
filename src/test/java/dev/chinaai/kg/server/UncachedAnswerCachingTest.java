package dev.chinaai.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.server.options.ServerOptions;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SPARQL answers that the answer cache does not keep (larger than it keeps,
 * or every answer under {@code --no-query-cache}) are as cacheable for a shared
 * cache in front as the kept ones: public, with a weak ETag naming the release
 * and the normalised request, revalidated with 304 without running the query.
 * Errors and answers of non-deterministic queries carry no validators.
 */
class UncachedAnswerCachingTest extends ServerTestBase {
    private static final String JSON = "application/sparql-results+json";
    /** 10,000 rows of the capped answer: over the 1 MiB the answer cache keeps. */
    private static final String LARGE = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o";
    private static final String SMALL = "SELECT ?p ?o WHERE { <id/deepseek> ?p ?o } ORDER BY ?p ?o";

    private static RunningServer uncached;

    @BeforeAll
    static void startUncached() {
        ServerOptions d = ServerOptions.defaults();
        uncached = new RunningServer(new ServerOptions(0, null, d.limits(), null, d.host(), false, d.http()));
    }

    @AfterAll
    static void stopUncached() {
        if (uncached != null) {
            uncached.close();
            uncached = null;
        }
    }

    private static String sparql(String query) {
        return "sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /** A public 200 with a weak ETag of the release, and the 304 it revalidates to. */
    private static String assertWeaklyCacheable(RunningServer server, String path, String accept) {
        HttpResponse<String> first = server.get(path, "Accept", accept);
        assertEquals(200, first.statusCode(), first.body());
        String release = first.headers().firstValue(Router.RELEASE_HEADER).orElseThrow();
        String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path + ": no ETag"));
        assertTrue(etag.startsWith("W/\"" + release + "-"), etag + " is not a weak ETag of release " + release);
        assertEquals("public, max-age=300", first.headers().firstValue("Cache-Control").orElse(null));
        assertTrue(first.headers().firstValue("Last-Modified").isPresent());
        assertFalse(first.headers().firstValue("Pragma").isPresent(), "Pragma: no-cache left on a public answer");
        HttpResponse<String> again = server.get(path, "Accept", accept, "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(etag, again.headers().firstValue("ETag").orElse(null));
        assertEquals("public, max-age=300", again.headers().firstValue("Cache-Control").orElse(null));
        // A cache replaces the stored headers with the 304's: without Accept in its Vary, it would send this
        // representation to a client that asked for another media type.
        assertTrue(again.headers().allValues("Vary").stream().flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .anyMatch(v -> v.trim().equalsIgnoreCase("Accept")), "the 304 does not vary by Accept: "
                        + again.headers().allValues("Vary"));
        assertEquals("", again.body());
        return etag;
    }

    @Test
    void anAnswerTooLargeToKeepIsStillPublicAndRevalidates() {
        HttpResponse<String> r = s.get(sparql(LARGE), "Accept", JSON);
        assertTrue(r.body().length() > 1 << 20, "the answer must be larger than the answer cache keeps");
        assertWeaklyCacheable(s, sparql(LARGE), JSON);
    }

    @Test
    void everyAnswerWithoutTheAnswerCacheIsPublicAndRevalidates() {
        String json = assertWeaklyCacheable(uncached, sparql(SMALL), JSON);
        String xml = assertWeaklyCacheable(uncached, sparql(SMALL), "application/sparql-results+xml");
        assertNotEquals(json, xml, "another negotiated media type is another representation");
        // The same query sent with its parameters encoded otherwise is the same request.
        String spaced = "sparql?query=" + URLEncoder.encode(SMALL, StandardCharsets.UTF_8).replace("+", "%20");
        assertEquals(304, uncached.get(spaced, "Accept", JSON, "If-None-Match", json).statusCode());
        // Another query does not match.
        HttpResponse<String> other = uncached.get(sparql(SMALL + " LIMIT 1"), "Accept", JSON, "If-None-Match", json);
        assertEquals(200, other.statusCode());
    }

    @Test
    void errorsAndNonDeterministicAnswersCarryNoValidators() {
        HttpResponse<String> bad = uncached.get(sparql("SELECT ?s WHERE { ?s ?p "), "Accept", JSON);
        assertEquals(400, bad.statusCode());
        assertFalse(bad.headers().firstValue("ETag").isPresent(), "an error must not carry an ETag");
        assertFalse(bad.headers().firstValue("Cache-Control").orElse("").contains("public"));
        HttpResponse<String> random = uncached.get(sparql("SELECT (RAND() AS ?r) WHERE {}"), "Accept", JSON);
        assertEquals(200, random.statusCode());
        assertFalse(random.headers().firstValue("ETag").isPresent(), "RAND() answers differ each time");
        assertFalse(random.headers().firstValue("Cache-Control").orElse("").contains("public"));
    }
}
