package dev.chinaai.kg.server.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestFiles;
import dev.chinaai.kg.graph.IriBase;
import dev.chinaai.kg.graph.KnowledgeGraph;
import dev.chinaai.kg.project.ProjectLayout;
import dev.chinaai.kg.server.KgServer;
import dev.chinaai.kg.server.options.ServerOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --watch} with real file edits on a copy of the project and the
 * real server: a valid edit shows in SPARQL answers (never a half-built graph,
 * never an answer cached for the old graph); an invalid edit keeps the old
 * answer and shows its problem on the landing page; fixing it clears it.
 */
class ServeWatchTest {
    private static final String LABEL = "SELECT ?l WHERE { <id/jimmy-goodrich> rdfs:label ?l FILTER(LANG(?l) = \"en\") }";
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
    private static final long WAIT_MILLIS = 90_000;
    private static final String SEED = "003_64e71819730d93b9.txt";
    private static final Path CASE = Path.of("src/test/resources/golden/affiliation-and-quote");

    @TempDir
    Path project;

    private final StringWriter log = new StringWriter();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void savedChangesAreRebuiltSwappedInOrReportedUntilFixed() throws IOException, InterruptedException {
        ProjectLayout layout = copyProject();
        PrintWriter out = new PrintWriter(log, true);
        KgServer server = KgServer.start(layout, KnowledgeGraph.build(layout).dataset(), IriBase.CANONICAL,
                ServerOptions.defaults().withPort(0), out);
        Path registry = layout.mappings().resolve("registry.yaml");
        try (ProjectWatcher watcher = ProjectWatcher.start(layout, new Rebuild(layout, server, out), out)) {
            String base = server.base();
            assertTrue(get(base, sparql(LABEL)).contains("Jimmy Goodrich"));
            assertTrue(get(base, sparql(LABEL)).contains("Jimmy Goodrich"), "asked twice: now in the answer cache");
            long before = count(base);

            Set<Long> seen = ConcurrentHashMap.newKeySet();
            AtomicBoolean reading = new AtomicBoolean(true);
            List<RuntimeException> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
            Thread reader = new Thread(() -> {
                while (reading.get()) {
                    try {
                        seen.add(count(base));
                    } catch (RuntimeException | AssertionError e) {
                        failures.add(new IllegalStateException(e));
                    }
                }
            });
            reader.start();
            edit(registry, "names: [Jimmy Goodrich]}", "names: [Jimmy Goodrich, J. Goodrich]}");
            edit(registry, "label: {en: Jimmy Goodrich,", "label: {en: Jimmy R. Goodrich,");
            awaitTrue(() -> get(base, sparql(LABEL)).contains("Jimmy R. Goodrich"), "the valid edit is served");
            reading.set(false);
            reader.join();
            assertEquals(List.of(), failures, "every query during the swap was answered");
            long after = count(base);
            assertTrue(after > before, "the new name adds statements: " + before + " -> " + after);
            assertTrue(Set.of(before, after).containsAll(seen),
                    "a reader during the swap saw only the old or the new graph, counts " + seen);

            edit(registry, "id: jimmy-goodrich, type: Person,", "id: jimmy-goodrich, type: Persn,");
            awaitTrue(() -> get(base, "").contains("registry.yaml:"), "the problem shows on the landing page");
            String landing = get(base, "");
            assertTrue(landing.contains("Persn"), landing);
            String line = server.rebuildStatus().problems().get(0);
            assertTrue(line.matches("mappings/registry\\.yaml:\\d+:\\d+: .*"), line);
            assertTrue(landing.contains(htmlEscaped(line)), "the landing page shows the line the build prints: " + line);
            assertTrue(log.toString().contains(line), "and so does the terminal: " + log);
            assertTrue(get(base, sparql(LABEL)).contains("Jimmy R. Goodrich"), "the last good graph is still served");

            edit(registry, "id: jimmy-goodrich, type: Persn,", "id: jimmy-goodrich, type: Person,");
            awaitTrue(() -> !get(base, "").contains("registry.yaml:"), "fixing the edit clears the problem");
            assertEquals(List.of(), server.rebuildStatus().problems());
            assertTrue(get(base, sparql(LABEL)).contains("Jimmy R. Goodrich"));
        } finally {
            server.close();
        }
    }

    @Test
    void editorScratchFilesAreNotChanges() {
        assertTrue(ProjectWatcher.scratch(".registry.yaml.swp"));
        assertTrue(ProjectWatcher.scratch("registry.yaml~"));
        assertTrue(ProjectWatcher.scratch("4913"));
        assertFalse(ProjectWatcher.scratch("registry.yaml"));
        assertFalse(ProjectWatcher.scratch("china-ai-shapes.ttl"));
    }

    private static String sparql(String query) {
        return "sparql?query=" + URLEncoder.encode("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> " + query,
                StandardCharsets.UTF_8);
    }

    private static String htmlEscaped(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private long count(String base) {
        HttpRequest r = HttpRequest.newBuilder(URI.create(base + "sparql")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(COUNT)).build();
        String body = send(r);
        return Long.parseLong(body.lines().skip(1).findFirst().orElseThrow().trim());
    }

    private String get(String base, String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    private String send(HttpRequest r) {
        try {
            HttpResponse<String> resp = http.send(r, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, resp.statusCode(), r.uri() + ": " + resp.body());
            return resp.body();
        } catch (IOException e) {
            throw new IllegalStateException(r.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " holds " + from);
        Files.writeString(file, text.replace(from, to));
    }

    private void awaitTrue(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.currentTimeMillis() + WAIT_MILLIS;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < end, "timed out waiting: " + what + "; the server said:\n" + log);
            Thread.sleep(100);
        }
    }

    /** A small real project (one seed, its golden annotation) so that each rebuild takes a moment, not the whole corpus. */
    private ProjectLayout copyProject() throws IOException {
        Files.createDirectories(project.resolve("seeds"));
        Files.copy(Path.of("seeds", SEED), project.resolve("seeds").resolve(SEED));
        TestFiles.copyFolder(CASE.resolve("mappings"), project.resolve("mappings"));
        for (String dir : List.of("ontology", "shapes", "fuseki-config")) {
            TestFiles.copyFolder(Path.of(dir), project.resolve(dir));
        }
        return new ProjectLayout(project);
    }
}
