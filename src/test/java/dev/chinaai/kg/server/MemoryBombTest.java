package dev.chinaai.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import dev.chinaai.kg.graph.IriBase;
import dev.chinaai.kg.publication.SourceTextMode;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries that would fill the heap, against the real server in a child JVM
 * with a small heap ({@value #HEAP}), so that running out of memory cannot
 * take the test JVM down: each fails on its own limit with a 4xx or 503 and a
 * message, never {@code 500 Java heap space}, and the server answers an
 * ordinary query after each.
 */
class MemoryBombTest {
    private static final String HEAP = "-Xmx96m";
    private static final String CARTESIAN = "{ ?s ?p ?o . ?a ?b ?c }";

    @TempDir
    Path tmp;

    @Test
    void queriesThatWouldFillTheHeapFailOnTheirOwnLimit() throws Exception {
        Path store = tmp.resolve("store");
        Store.write(TestGraph.LAYOUT, TestGraph.dataset(), IriBase.CANONICAL, IriBase.CANONICAL, store, SourceTextMode.FULL, null,
                new PrintWriter(new StringWriter()));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = tmp.resolve("server.log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "dev.chinaai.kg.cli.Main",
                "serve", "--store", store.toString(), "--port", Integer.toString(port), "--query-timeout", "4000")
                .directory(new File(".").getAbsoluteFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            String base = "http://localhost:" + port + "/sparql";
            awaitReady(base, p, log);
            StringBuilder doubling = new StringBuilder("SELECT (STRLEN(?v29) AS ?n) WHERE { BIND(\"ab\" AS ?v0) ");
            for (int i = 1; i <= 29; i++) {
                doubling.append("BIND(CONCAT(?v").append(i - 1).append(", ?v").append(i - 1).append(") AS ?v").append(i).append(") ");
            }
            List<String> outcomes = new ArrayList<>();
            for (String q : List.of("SELECT (STRLEN(GROUP_CONCAT(?o)) AS ?n) WHERE " + CARTESIAN,
                    doubling.append("}").toString(),
                    "SELECT ?o ?c (COUNT(*) AS ?n) WHERE " + CARTESIAN + " GROUP BY ?o ?c",
                    "SELECT (COUNT(DISTINCT CONCAT(STR(?o), STR(?c))) AS ?n) WHERE " + CARTESIAN,
                    "SELECT ?o ?c WHERE " + CARTESIAN + " ORDER BY ?o ?c",
                    "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?o ?c WHERE " + CARTESIAN + " }")) {
                HttpResponse<String> r = post(base, q);
                outcomes.add(r.statusCode() + " " + r.body().lines().findFirst().orElse(""));
                assertTrue(r.statusCode() == 503 || r.statusCode() >= 400 && r.statusCode() < 500, q + " -> " + outcomes);
                HttpResponse<String> ask = post(base, "ASK { ?s ?p ?o }");
                assertEquals(200, ask.statusCode(), "after " + q + ": " + ask.body());
            }
            assertTrue(p.isAlive(), "the server died: " + Files.readString(log));
            assertTrue(!Files.readString(log).contains("OutOfMemoryError"), Files.readString(log));
        } finally {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void awaitReady(String base, Process p, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && p.isAlive()) {
            try {
                if (post(base, "ASK {}").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("the child server did not start: " + Files.readString(log));
    }

    private static HttpResponse<String> post(String base, String q) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base)).timeout(Duration.ofSeconds(60))
                .header("Accept", "text/csv").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
