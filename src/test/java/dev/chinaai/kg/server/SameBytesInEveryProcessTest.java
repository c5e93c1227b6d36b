package dev.chinaai.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import dev.chinaai.kg.graph.IriBase;
import dev.chinaai.kg.publication.SourceTextMode;
import dev.chinaai.kg.server.options.ServerOptions;
import dev.chinaai.kg.server.store.Store;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two replicas of one release answer with the same bytes and the same ETag:
 * every document and page of every resource, the explorer's pages, VoID, the
 * dumps and SPARQL answers, from a server in this JVM and one in a JVM of its
 * own, each on its own copy of the store. Java randomises the iteration order
 * of {@code Set.of} and {@code Set.copyOf} per process, so a rendering that
 * followed one gave each replica its own bytes and ETag for the same release,
 * and a conditional request sent to the other replica never got a 304.
 */
class SameBytesInEveryProcessTest {
    private static final List<String> RDF_SUFFIXES = List.of(".ttl", ".nt", ".nq", ".jsonld", ".rdf", ".html");
    private static final List<String> PAGES = List.of("/", "/timeline", "/claims", "/search?q=Chip", "/.well-known/void",
            "/dump.nq", "/ontology.ttl", "/shapes.ttl", "/query",
            "/sparql?query=" + URLEncoder.encode("SELECT ?c (COUNT(?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c", StandardCharsets.UTF_8),
            "/sparql?query=" + URLEncoder.encode("DESCRIBE <http://localhost:3030/id/deepseek>", StandardCharsets.UTF_8));

    @TempDir
    Path tmp;

    @Test
    void replicasOfOneReleaseAnswerTheSameBytes() throws Exception {
        Path mine = tmp.resolve("store-a");
        Path theirs = tmp.resolve("store-b");
        for (Path store : List.of(mine, theirs)) {
            Store.write(TestGraph.LAYOUT, TestGraph.dataset(), IriBase.CANONICAL, IriBase.CANONICAL, store, SourceTextMode.FULL,
                    null, new PrintWriter(new StringWriter()));
        }
        int port = freePort();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "dev.chinaai.kg.cli.Main", "serve", "--store", theirs.toString(),
                "--port", Integer.toString(port), "--host", "127.0.0.1")
                .directory(new File(".").getAbsoluteFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        KgServer here = KgServer.startFromStore(TestGraph.LAYOUT, mine, ServerOptions.defaults().withPort(0),
                new PrintWriter(new StringWriter()));
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String there = "http://127.0.0.1:" + port;
            awaitReady(http, there, child);
            String local = "http://127.0.0.1:" + here.port();
            List<String> paths = paths();
            assertTrue(paths.size() > 1_500, paths.size() + " paths");
            List<String> differ = new ArrayList<>();
            int ok = 0;
            for (String path : paths) {
                HttpResponse<byte[]> a = get(http, local + path);
                HttpResponse<byte[]> b = get(http, there + path);
                // A retired claim's IRI answers 410 Gone with its successor: the same in both.
                assertEquals(a.statusCode(), b.statusCode(), path);
                ok += a.statusCode() == 200 ? 1 : 0;
                if (!Arrays.equals(a.body(), b.body()) || !a.headers().firstValue("ETag").equals(b.headers().firstValue("ETag"))) {
                    differ.add(path);
                }
            }
            assertTrue(ok > 1_500, ok + " answers of 200");
            assertEquals(List.of(), differ, "answers that differ between two processes serving one release");
        } finally {
            here.close();
            child.destroy();
            child.waitFor();
        }
    }

    /** Every resource's documents and page, and the pages, dumps and answers beside them. */
    private static List<String> paths() {
        TreeSet<String> resources = new TreeSet<>();
        TestGraph.dataset().find().forEachRemaining((Quad q) -> {
            Node s = q.getSubject();
            if (s.isURI() && s.getURI().startsWith(IriBase.CANONICAL.iri()) && !s.getURI().contains("#")) {
                String path = "/" + s.getURI().substring(IriBase.CANONICAL.iri().length());
                if (path.startsWith("/id/") || path.startsWith("/claim/") || path.startsWith("/excerpt/")) {
                    resources.add(path);
                }
            }
        });
        List<String> paths = new ArrayList<>(PAGES);
        for (String r : resources) {
            for (String suffix : r.startsWith("/id/") ? RDF_SUFFIXES : List.of(".ttl", ".html")) {
                paths.add(r + suffix);
            }
        }
        return paths;
    }

    private static void awaitReady(HttpClient http, String base, Process child) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < until) {
            assertTrue(child.isAlive(), "the child server ended before it was ready");
            try {
                if (get(http, base + "/health").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the child server was not ready within 120 s");
    }

    private static HttpResponse<byte[]> get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
