package dev.chinaai.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import dev.chinaai.kg.graph.IriBase;
import dev.chinaai.kg.publication.ReleaseHistory;
import dev.chinaai.kg.publication.ReleaseShelf;
import dev.chinaai.kg.publication.ReleaseVersion;
import dev.chinaai.kg.publication.ReleaseWriter;
import dev.chinaai.kg.publication.SourceTextMode;
import dev.chinaai.kg.server.options.ServerOptions;
import java.net.URLEncoder;
import java.nio.file.Path;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a shared cache in front of replicas needs: every cacheable answer is
 * public with an ETag that names the release, revalidates with 304, and every
 * response says which release answered, as VoID does.
 */
class ReleaseCachingTest extends ServerTestBase {
    private static final String QUERY = "sparql?query=" + URLEncoder.encode(
            "SELECT ?s WHERE { ?s a ?c } ORDER BY ?s LIMIT 3", StandardCharsets.UTF_8);

    private static String release(HttpResponse<String> r) {
        return r.headers().firstValue(Router.RELEASE_HEADER).orElseThrow(() -> new AssertionError("no release header"));
    }

    /** A 200 that a shared cache may keep, with the release in its ETag, and the 304 it revalidates to. */
    private static String assertCacheable(RunningServer server, String path, String... accept) {
        HttpResponse<String> first = server.get(path, accept);
        assertEquals(200, first.statusCode(), path);
        String release = release(first);
        String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path + ": no ETag"));
        assertTrue(etag.startsWith("\"" + release + "-"), path + ": ETag " + etag + " does not name release " + release);
        assertEquals("public, max-age=300", first.headers().firstValue("Cache-Control").orElse(null), path);
        String[] conditional = java.util.Arrays.copyOf(accept, accept.length + 2);
        conditional[accept.length] = "If-None-Match";
        conditional[accept.length + 1] = etag;
        HttpResponse<String> again = server.get(path, conditional);
        assertEquals(304, again.statusCode(), path);
        assertEquals(etag, again.headers().firstValue("ETag").orElse(null), path);
        assertEquals("", again.body());
        return etag;
    }

    @Test
    void documentsDumpsPagesAndSparqlAnswersAreCacheableUnderTheirRelease() {
        assertCacheable(s, "id/deepseek.ttl");
        assertCacheable(s, "id/deepseek.html");
        assertCacheable(s, "");
        assertCacheable(s, "search?q=Sanktion");
        assertCacheable(s, "dump.nq");
        assertCacheable(s, QUERY, "Accept", "application/sparql-results+json");
    }

    @Test
    void theFirstSparqlAnswerAlreadyRevalidatesLikeTheKeptOne() {
        String q = "sparql?query=" + URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", StandardCharsets.UTF_8);
        HttpResponse<String> first = s.get(q, "Accept", "application/sparql-results+json");
        assertEquals("miss", first.headers().firstValue("X-Cache").orElse(null));
        String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("a miss has no ETag"));
        assertEquals("public, max-age=300", first.headers().firstValue("Cache-Control").orElse(null));
        // Another Accept header is another key of the answer cache, so the engine answers again (as on another
        // replica): the same bytes of the same release have the same ETag, and the client's copy is still good.
        HttpResponse<String> other = s.get(q, "Accept", "application/sparql-results+json, */*;q=0.1", "If-None-Match", etag);
        assertEquals("miss", other.headers().firstValue("X-Cache").orElse(null));
        assertEquals(304, other.statusCode());
    }

    @Test
    void everyResponseAndVoidNameTheSameReleaseDerivedFromTheContent() {
        String release = release(s.get("id/deepseek.ttl"));
        assertTrue(release.matches("c[0-9a-f]{16}"), release);
        assertEquals(release, release(s.get("no/such/thing")));
        assertEquals(release, release(s.get(QUERY)));
        assertEquals(release, voidVersion(s));
    }

    @Test
    void aPublishedReleaseIsServedUnderItsVersionAndItsEtagsNeverMatchAnotherRelease(@TempDir Path dir) {
        String etagHere = assertCacheable(s, "id/deepseek.ttl");
        ReleaseShelf shelf = new ReleaseShelf(dir);
        ReleaseWriter.write(shelf, new ReleaseVersion("2026.11"), TestGraph.dataset(), IriBase.CANONICAL,
                SourceTextMode.FULL, java.time.LocalDate.of(2026, 11, 30));
        try (RunningServer named = new RunningServer(ServerOptions.defaults().withPort(0)
                .withReleases(ReleaseHistory.of(shelf)))) {
            HttpResponse<String> r = named.get("id/deepseek.ttl", "If-None-Match", etagHere);
            assertEquals(200, r.statusCode(), "an ETag of another release must not revalidate");
            assertEquals("2026.11", release(r));
            assertTrue(r.headers().firstValue("ETag").orElse("").startsWith("\"2026.11-"));
            assertEquals("2026.11", voidVersion(named));
            assertNotEquals(release(s.get("")), release(r));
        }
    }

    @Test
    void healthIsNeverCached() {
        HttpResponse<String> r = s.get("health");
        assertEquals(200, r.statusCode());
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(null));
        assertEquals("ready: release " + release(r) + "\n", r.body());
    }

    private static String voidVersion(RunningServer server) {
        String ttl = server.get(".well-known/void", "Accept", "text/turtle").body();
        Matcher m = Pattern.compile("dcat:version\\s+\"([^\"]+)\"").matcher(ttl);
        assertTrue(m.find(), ttl);
        assertNotNull(m.group(1));
        return m.group(1);
    }
}
