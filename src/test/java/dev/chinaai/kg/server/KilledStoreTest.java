package dev.chinaai.kg.server;

import dev.chinaai.kg.server.options.ServerOptions;
import dev.chinaai.kg.server.store.Store;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import dev.chinaai.kg.diagnostics.KgException;
import dev.chinaai.kg.graph.IriBase;
import dev.chinaai.kg.publication.SourceTextMode;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The persistent store under SIGKILL, in child JVMs: a {@code build --store}
 * killed at any moment leaves either the previous complete store (served as
 * it was) or no complete store (refused with the advice to rebuild, which
 * {@code serve --store} then does); a server killed while serving leaves a
 * store the next start serves.
 */
class KilledStoreTest {
    private static final long[] KILL_AFTER_MS = {500, 2000, 4000, 6000};

    @TempDir
    Path tmp;

    private static Process child(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.chinaai.kg.cli.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(new File(".").getAbsoluteFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Starts from the store and asks it for DeepSeek; returns false when the store is refused as incomplete. */
    private static boolean servesFromStore(Path store) throws Exception {
        KgServer server;
        try {
            server = KgServer.startFromStore(TestGraph.LAYOUT, store, ServerOptions.defaults().withPort(0),
                    new PrintWriter(new StringWriter()));
        } catch (KgException e) {
            assertTrue(e.getMessage().contains("build --store"), e.getMessage());
            return false;
        }
        try {
            String ask = "sparql?query=ASK%7B%3Chttp%3A%2F%2Flocalhost%3A3030%2Fid%2Fdeepseek%3E%20%3Fp%20%3Fo%7D";
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + server.port() + "/" + ask)).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("true"), r.body());
            return true;
        } finally {
            server.close();
        }
    }

    @Test
    void aKilledStoreBuildLeavesTheLastCompleteStoreOrAClearRebuild() throws Exception {
        Path store = tmp.resolve("store");
        Store.write(TestGraph.LAYOUT, TestGraph.dataset(), IriBase.CANONICAL, IriBase.CANONICAL, store, SourceTextMode.FULL, null,
                new PrintWriter(new StringWriter()));
        List<String> outcomes = new ArrayList<>();
        for (long ms : KILL_AFTER_MS) {
            Process p = child("build", "--out", tmp.resolve("out").toString(), "--store", store.toString());
            boolean ended = p.waitFor(ms, TimeUnit.MILLISECONDS);
            p.destroyForcibly().waitFor();
            boolean served = servesFromStore(store);
            outcomes.add(ms + " ms: " + (ended ? "finished" : "killed") + ", " + (served ? "served" : "refused"));
            if (!served) {
                // What serve --store does with an incomplete store: rebuild it, then serve.
                Store.write(TestGraph.LAYOUT, TestGraph.dataset(), IriBase.CANONICAL, IriBase.CANONICAL, store, SourceTextMode.FULL, null,
                        new PrintWriter(new StringWriter()));
                assertTrue(servesFromStore(store), "after the rebuild: " + outcomes);
            }
        }
        assertTrue(outcomes.stream().anyMatch(o -> o.contains("killed")), "no build was killed while running: " + outcomes);
    }

    @Test
    void aServerKilledWhileServingLeavesAStoreTheNextStartServes() throws Exception {
        Path store = tmp.resolve("store");
        Store.write(TestGraph.LAYOUT, TestGraph.dataset(), IriBase.CANONICAL, IriBase.CANONICAL, store, SourceTextMode.FULL, null,
                new PrintWriter(new StringWriter()));
        Process p = child("serve", "--store", store.toString(), "--port", "0");
        try {
            Thread.sleep(4000);
            assertTrue(p.isAlive(), "the child server should be running");
        } finally {
            p.destroyForcibly().waitFor();
        }
        assertTrue(Files.isRegularFile(store.resolve(Store.MARKER)));
        assertTrue(servesFromStore(store));
    }
}
