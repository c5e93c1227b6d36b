package dev.chinaai.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import dev.chinaai.kg.graph.IriBase;
import dev.chinaai.kg.publication.ReleaseHistory;
import dev.chinaai.kg.publication.ReleaseShelf;
import dev.chinaai.kg.publication.ReleaseVersion;
import dev.chinaai.kg.publication.ReleaseWriter;
import dev.chinaai.kg.publication.SourceTextMode;
import dev.chinaai.kg.server.http.Rendered;
import dev.chinaai.kg.server.options.ServerOptions;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /**
     * The releases are handed to the start, so they are in place before the
     * warm-up and the first client: right after the start, /releases/ lists
     * them, the warmed pages (kept, not rendered again) already say since which
     * release each statement is there, and the landing page says which release
     * this is. They used to be published after the start, which emptied the
     * page cache and left a moment after "ready" without them.
     */
    @Test
    void theReleasesAreInPlaceBeforeTheWarmUpAndItsPagesAreKept(@TempDir Path dir) {
        ReleaseShelf shelf = new ReleaseShelf(dir);
        ReleaseWriter.write(shelf, new ReleaseVersion("1.0"), TestGraph.dataset(), IriBase.CANONICAL, SourceTextMode.FULL,
                LocalDate.of(2026, 1, 15));
        RunningServer s = new RunningServer(ServerOptions.defaults().withPort(0).withReleases(ReleaseHistory.of(shelf)));
        try {
            String entity = Warmup.requests(s.server.publication()).stream().map(r -> r[1])
                    .filter(p -> p.startsWith("/id/") && !p.startsWith("/id/article-") && p.endsWith(".html"))
                    .findFirst().orElseThrow();
            Rendered warmed = s.server.publication().cachedIfPresent(entity);
            assertNotNull(warmed, entity + ": the warm-up's rendering is kept for the first client");
            String page = new String(warmed.body(), StandardCharsets.UTF_8);
            assertTrue(page.contains("since release <a href=\"" + s.base + "releases/1.0/\">1.0</a>"), page);
            assertFalse(page.contains("not in a release yet"), page);
            Rendered home = s.server.publication().cachedIfPresent("/");
            assertNotNull(home, "the landing page is warmed and kept");
            assertTrue(new String(home.body(), StandardCharsets.UTF_8).contains("release 1.0</a>"));
            HttpResponse<String> listing = s.get("releases/", "Accept", "text/html");
            assertEquals(200, listing.statusCode());
            assertTrue(listing.body().contains("Release 1.0</a> <strong>(current)</strong>"), listing.body());
            assertEquals(page, s.get(entity.substring(1), "Accept", "text/html").body(), "the client gets the warmed page");
            assertTrue(warmed == s.server.publication().cachedIfPresent(entity), "and it was not rendered again");
        } finally {
            s.close();
        }
    }
}
