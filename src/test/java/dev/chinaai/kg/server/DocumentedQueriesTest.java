package dev.chinaai.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.server.options.QueryLimits;
import dev.chinaai.kg.server.options.ServerOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every SPARQL example of README.md and docs/MODEL.md, run as written against
 * a server on a free port that publishes under another base than the default
 * (as {@code --base} does): each must answer, and not with nothing.
 */
class DocumentedQueriesTest {
    private static final List<Path> DOCS = List.of(Path.of("README.md"), Path.of("docs/MODEL.md"));
    private static final Pattern BLOCK = Pattern.compile("```sparql\\n(.*?)```", Pattern.DOTALL);
    private static RunningServer s;
    private static String endpoint;

    @BeforeAll
    static void start() {
        s = new RunningServer(new ServerOptions(0, "http://kg.example.org/china-ai/", QueryLimits.defaults(), null, "localhost", true));
        endpoint = "http://localhost:" + s.server.port() + "/sparql";
    }

    @AfterAll
    static void stop() {
        if (s != null) {
            s.close();
        }
    }

    @TestFactory
    List<DynamicTest> everyDocumentedQueryAnswersOnAnotherPortAndBase() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path doc : DOCS) {
            Matcher m = BLOCK.matcher(Files.readString(doc));
            int n = 0;
            while (m.find()) {
                String query = m.group(1);
                tests.add(DynamicTest.dynamicTest(doc + " #" + ++n, () -> assertAnswers(doc, query)));
            }
        }
        assertTrue(tests.size() >= 8, "README.md and docs/MODEL.md have their examples: " + tests.size());
        return tests;
    }

    @Test
    void aRelativeIriMeansThisServersIriAndAQueryBaseOfItsOwnWins() {
        assertEquals(1, rows("PREFIX cai: <ontology#> SELECT ?x WHERE { <id/deepseek> a cai:Company BIND(<id/deepseek> AS ?x) }"));
        assertEquals(0, rows("BASE <http://localhost:3030/> PREFIX cai: <ontology#> SELECT ?x WHERE { ?x a cai:Company }"));
    }

    private static void assertAnswers(Path doc, String query) {
        assertTrue(!query.contains("localhost:3030"), doc + ": an example must not name the default host and port:\n" + query);
        if (query.strip().toUpperCase().contains("ASK")) {
            assertTrue(send(query).body().contains("true"), doc + ": ASK is not true:\n" + query);
        } else {
            assertTrue(rows(query) > 0, doc + ": no answer on another port and base:\n" + query);
        }
    }

    private static int rows(String query) {
        HttpResponse<String> r = send(query);
        assertEquals(200, r.statusCode(), r::body);
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        int n = 0;
        while (rs.hasNext()) {
            rs.next();
            n++;
        }
        return n;
    }

    private static HttpResponse<String> send(String query) {
        return s.send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build());
    }
}
