package dev.chinaai.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestFiles;
import dev.chinaai.kg.project.ProjectLayout;
import dev.chinaai.kg.publication.ReleaseShelf;
import dev.chinaai.kg.publication.ReleaseVersion;
import dev.chinaai.kg.publication.SourceTextMode;
import dev.chinaai.kg.server.KgServer;
import dev.chinaai.kg.server.options.ServerOptions;
import dev.chinaai.kg.server.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One release identity from {@code release VERSION} to a replica: a store
 * built from the released project records the release's digest and version
 * and is served as that release even where the releases folder is not at hand
 * (a copy on a replica); a store keeps the source-text mode it was built in,
 * and {@code serve} refuses another one instead of silently serving the store's.
 */
class ReleasedStoreTest {
    @TempDir
    Path project;

    @Test
    void aStoreOfAReleasedGraphIsServedAsThatReleaseAndRefusesAnotherSourceTextMode() throws Exception {
        GoldenProject.copyTo(project);
        TestFiles.copyFolder(Path.of("fuseki-config"), project.resolve("fuseki-config"));
        Path releases = project.resolve("releases");
        CommandRun release = CommandRun.of("release", "1.0", "--project", project.toString(), "--releases",
                releases.toString());
        assertEquals(0, release.code(), release.stderr());
        String digest = new ReleaseShelf(releases).digest(new ReleaseVersion("1.0"));
        assertTrue(release.stdout().contains("content digest " + digest), release.stdout());

        Path store = project.resolve("store");
        CommandRun build = CommandRun.of("build", "--project", project.toString(), "--out", project.resolve("out").toString(),
                "--store", store.toString(), "--releases", releases.toString());
        assertEquals(0, build.code(), build.stderr());
        assertTrue(build.stdout().contains("it is release 1.0 (served as X-Release: 1.0), context source text"),
                build.stdout());
        Store.Info info = Store.read(store);
        assertEquals(new ReleaseVersion("1.0"), info.release());
        assertEquals(digest, info.digest(), "the store's graph is the released graph");
        assertEquals(SourceTextMode.CONTEXT, info.sourceText());
        assertTrue(Files.readString(store.resolve(Store.MARKER)).contains("release=1.0\n"), "what deploy/replicas.sh reads");

        // A replica serves a copy of the store; the releases folder is not where it runs.
        Files.delete(releases.resolve("1.0").resolve(ReleaseShelf.METADATA));
        StringWriter log = new StringWriter();
        try (KgServer replica = KgServer.startFromStore(new ProjectLayout(project), store,
                ServerOptions.defaults().withPort(0), new PrintWriter(log))) {
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + replica.port() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("1.0", health.headers().firstValue("X-Release").orElse(null));
            assertEquals("ready: release 1.0\n", health.body());
            assertTrue(log.toString().contains("release 1.0, content digest " + digest + " (X-Release: 1.0), context source text"),
                    log.toString());
        }

        CommandRun serve = CommandRun.of("serve", "--project", project.toString(), "--store", store.toString(),
                "--source-text", "full", "--port", "0", "--releases", releases.toString());
        assertEquals(1, serve.code());
        assertTrue(serve.stderr().contains(store + " was built with --source-text context, not full; a store serves the "
                + "text it holds. Rebuild it with `build --store " + store + " --source-text full`"), serve.stderr());
        assertFalse(serve.stderr().contains("Exception"), serve.stderr());
        CommandRun named = CommandRun.of("serve", "--project", project.toString(), "--release", "2.0");
        assertEquals(2, named.code());
        assertTrue(named.stderr().contains("--release is gone"), named.stderr());
    }
}
