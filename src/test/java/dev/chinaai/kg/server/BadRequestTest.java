package dev.chinaai.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.Test;

/**
 * Client mistakes and hostile parameters: each gets a 4xx with a one-line
 * message, logs at most a line and never a stack trace, and no answer echoes
 * markup or script the client chose. Error pages that Jetty writes itself
 * carry the same security headers as every other answer.
 */
class BadRequestTest extends ServerTestBase {

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> form(String body) {
        return s.sendOnce(HttpRequest.newBuilder(URI.create(s.base + "sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.ISO_8859_1)).build());
    }

    private static RawHttp.Answer rawGet(String target) {
        try (RawHttp c = new RawHttp(s.server.port())) {
            c.send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            return c.read(5000);
        }
    }

    /** Everything Log4j writes while {@code r} runs, through the configured filters. */
    private static String logOf(Runnable r) {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        StringWriter out = new StringWriter();
        WriterAppender capture = WriterAppender.newBuilder().setName("capture").setTarget(out)
                .setLayout(PatternLayout.newBuilder().withPattern("%p %c %m%n%ex").build()).build();
        capture.start();
        config.getRootLogger().addAppender(capture, null, null);
        ctx.updateLoggers();
        try {
            r.run();
        } finally {
            config.getRootLogger().removeAppender("capture");
            ctx.updateLoggers();
            capture.stop();
        }
        return out.toString();
    }

    @Test
    void malformedEncodingIsA400WithOneLineAndNoStackTrace() {
        List<String> queries = List.of("ASK%7B%7D%FF", "ASK%7B%7D%G1", "ASK%7B%7D%", "ASK%7B%7D%C3%28");
        String log = logOf(() -> {
            for (int i = 0; i < 25; i++) {
                for (String q : queries) {
                    RawHttp.Answer get = rawGet("/sparql?query=" + q);
                    assertEquals(400, get.status(), q + ": " + get.body());
                    assertTrue(get.body().contains("query string"), get.body());
                    assertEquals(1, get.body().strip().lines().count(), get.body());
                    HttpResponse<String> post = form("query=" + q);
                    assertEquals(400, post.statusCode(), q + ": " + post.body());
                    assertTrue(post.body().contains("form"), post.body());
                }
            }
        });
        assertFalse(log.contains("\tat "), "no stack trace in the log:\n" + log.lines().limit(20).toList());
        assertTrue(log.lines().count() <= 10, "200 bad requests wrote " + log.lines().count() + " log lines");
    }

    @Test
    void aFloodOfWarningsFromOneCauseIsRateLimited() {
        org.slf4j.Logger fuseki = org.slf4j.LoggerFactory.getLogger("org.apache.jena.fuseki.Fuseki");
        org.slf4j.Logger jetty = org.slf4j.LoggerFactory.getLogger("org.eclipse.jetty.server.HttpChannel");
        String log = logOf(() -> {
            for (int i = 0; i < 2000; i++) {
                fuseki.warn("flood {}", i);
                jetty.warn("flood {}", i);
            }
        });
        long fusekiLines = log.lines().filter(l -> l.contains("Fuseki flood")).count();
        long jettyLines = log.lines().filter(l -> l.contains("HttpChannel flood")).count();
        assertTrue(fusekiLines >= 1 && fusekiLines <= 200, fusekiLines + " of 2000 Fuseki warnings logged");
        assertTrue(jettyLines >= 1 && jettyLines <= 200, jettyLines + " of 2000 Jetty warnings logged");
    }

    @Test
    void theStylesheetParameterIsRefusedNotEchoed() {
        String q = "sparql?query=" + enc("SELECT * {}") + "&stylesheet=" + enc("\"?><script>alert(1)</script>");
        HttpResponse<String> r = s.get(q, "Accept", "application/sparql-results+xml");
        assertEquals(400, r.statusCode(), r.body());
        assertFalse(r.body().contains("<script>"), r.body());
        assertTrue(r.body().contains("stylesheet"), r.body());
        HttpResponse<String> p = form("query=" + enc("SELECT * {}") + "&stylesheet=" + enc("x.xsl"));
        assertEquals(400, p.statusCode(), p.body());
    }

    @Test
    void jsonpCallbacksMustBeIdentifiers() {
        String ask = "sparql?query=" + enc("SELECT * {}") + "&callback=";
        HttpResponse<String> ok = s.get(ask + "handle_1.rows", "Accept", "application/sparql-results+json");
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.body().startsWith("handle_1.rows("), ok.body());
        for (String bad : List.of("alert(1)//", "x;alert(1)", "<script>", "a b", "1abc", "x".repeat(200))) {
            HttpResponse<String> r = s.get(ask + enc(bad), "Accept", "application/sparql-results+json");
            assertEquals(400, r.statusCode(), bad + ": " + r.body());
            assertTrue(r.body().contains("callback"), r.body());
            assertFalse(r.body().contains(bad), r.body());
        }
    }

    @Test
    void anUnrunnableLuceneExpressionIsA400NamingTheProblem() {
        for (String search : List.of("/[a-z]{1,3000}/", "/(a|ab){1,2000}c/")) {
            String q = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query \"" + search + "\" }";
            HttpResponse<String> r = s.get("sparql?query=" + enc(q), "Accept", "application/sparql-results+json");
            assertEquals(400, r.statusCode(), search + ": " + r.body());
            assertTrue(r.body().contains("text:query"), r.body());
            assertTrue(r.body().contains("too large") || r.body().contains("too complex"), r.body());
        }
    }

    private static void assertSecurityHeaders(RawHttp.Answer a, int status) {
        assertNotNull(a);
        assertEquals(status, a.status(), a.head());
        assertEquals(HttpHeaders.CSP, a.header("Content-Security-Policy"), a.head());
        assertEquals("nosniff", a.header("X-Content-Type-Options"), a.head());
        assertTrue(a.header("Content-Type").startsWith("text/plain"), a.head());
        assertFalse(a.body().contains("<"), a.body());
    }

    @Test
    void jettysOwnErrorPagesCarryTheSecurityHeaders() {
        try (RawHttp c = new RawHttp(s.server.port())) {
            c.send("GET /id/%2e%2e/x HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertSecurityHeaders(c.read(5000), 400);
        }
        try (RawHttp c = new RawHttp(s.server.port())) {
            c.send("GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(600_000) + "\r\n\r\n");
            assertSecurityHeaders(c.read(5000), 431);
        }
        try (RawHttp c = new RawHttp(s.server.port())) {
            c.send("GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: localhost\r\nContent-Length: x\r\n\r\n");
            assertSecurityHeaders(c.read(5000), 400);
        }
    }

    @Test
    void noAnswerCarriesARequestCounter() {
        for (String path : List.of("sparql?query=" + enc("ASK {}"), "sparql?query=" + enc("ASK { ?s ?p ?o }"), "ds?default")) {
            HttpResponse<String> r = s.get(path);
            assertEquals(200, r.statusCode(), path);
            assertNull(r.headers().firstValue("Fuseki-Request-Id").orElse(null), path);
        }
    }
}
