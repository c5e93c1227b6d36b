package dev.chinaai.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestFiles;
import dev.chinaai.kg.graph.IriBase;
import dev.chinaai.kg.graph.KnowledgeGraph;
import dev.chinaai.kg.project.ProjectLayout;
import dev.chinaai.kg.server.options.ServerOptions;
import dev.chinaai.kg.validation.GraphValidator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An entity merged into another keeps its published IRI: the golden case
 * {@code merged-entity} (DeepMind of seed 000 merged into Google DeepMind of
 * seed 002) is built as a project and served, and the old IRI and its
 * documents answer 301 to the successor's, while the successor dereferences
 * as usual.
 */
class MergedEntityTest {
    private static final Path CASE = Path.of("src/test/resources/golden/merged-entity");

    @TempDir
    Path project;

    @Test
    void theReplacedIriRedirectsPermanentlyToItsSuccessor() throws IOException, InterruptedException {
        ProjectLayout layout = copyProject();
        DatasetGraph data = KnowledgeGraph.build(layout).dataset();
        assertTrue(GraphValidator.fromProject(layout).validate(data).conforms(), "the merged case is a valid graph");
        KgServer server = KgServer.start(layout, data, IriBase.CANONICAL, ServerOptions.defaults().withPort(0),
                new PrintWriter(new StringWriter()));
        try {
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            String base = server.base();
            for (String suffix : List.of("", ".ttl", ".html", ".jsonld")) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "id/deepmind" + suffix)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(301, r.statusCode(), "id/deepmind" + suffix + ": " + r.body());
                assertEquals(base + "id/google-deepmind" + suffix, r.headers().firstValue("Location").orElse(""));
            }
            HttpResponse<String> successor = http.send(HttpRequest.newBuilder(URI.create(base + "id/google-deepmind.ttl")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, successor.statusCode());
            assertTrue(successor.body().contains("dcterms:replaces"), successor.body());
            HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create(base + "id/deepmindx")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, unknown.statusCode(), "an id nobody replaced stays unknown");
        } finally {
            server.close();
        }
    }

    private ProjectLayout copyProject() throws IOException {
        for (String seed : List.of("000_795913f6a2422971.txt", "002_70617a8e01d1f711.txt")) {
            Files.createDirectories(project.resolve("seeds"));
            Files.copy(Path.of("seeds", seed), project.resolve("seeds").resolve(seed));
        }
        for (String dir : List.of("ontology", "shapes", "fuseki-config")) {
            TestFiles.copyFolder(Path.of(dir), project.resolve(dir));
        }
        TestFiles.copyFolder(CASE.resolve("mappings"), project.resolve("mappings"));
        return new ProjectLayout(project);
    }
}
