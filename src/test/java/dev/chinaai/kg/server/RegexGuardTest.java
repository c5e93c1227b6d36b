package dev.chinaai.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Regular expressions against the real server with its default 10 s timeout:
 * a catastrophic pattern is stopped by the guard after about a second with 422
 * (ARQ's timeout alone would leave it running), and ordinary ones answer as ARQ
 * answers them.
 */
class RegexGuardTest {
    private static RunningServer s;

    @BeforeAll
    static void start() {
        s = RunningServer.onFreePort();
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    /** Patterns that backtrack for hours; ARQ's timeout is not checked inside one regex match. */
    @Test
    void catastrophicRegexIsStoppedWith422NotLeftRunning() {
        String evil = "\"" + "a".repeat(40) + "!\"";
        String pattern = "\"(.*a){25}$\"";
        for (String q : new String[] {
            "SELECT * WHERE { BIND(REGEX(" + evil + ", " + pattern + ") AS ?x) }",
            "SELECT * WHERE { VALUES ?v { " + evil + " } FILTER(REGEX(?v, " + pattern + ", \"i\")) }",
            "SELECT (REPLACE(" + evil + ", " + pattern + ", \"b\") AS ?r) WHERE { }",
            "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> SELECT * WHERE { BIND(fn:matches(" + evil + ", " + pattern + ") AS ?x) }",
            "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> SELECT * WHERE { BIND(fn:replace(" + evil + ", " + pattern + ", \"b\") AS ?x) }"}) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = s.send(HttpRequest.newBuilder(URI.create(s.base + "sparql")).timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/sparql-results+json").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).build());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(422, r.statusCode(), q + " -> " + r.body());
            assertTrue(r.body().contains("backtracks catastrophically"), r.body());
            assertTrue(ms < 5_000, q + " took " + ms + " ms: stopped by the query timeout (10 s), not by the guard");
        }
    }

    /** The guard changes no answer: REGEX, REPLACE and fn:matches give ARQ's results, type errors included. */
    @Test
    void guardedRegexAndReplaceGiveTheUsualAnswers() {
        String q = "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> "
                + "SELECT ?m ?r ?f ?n ?e WHERE { BIND(\"Deepseek in Hangzhou\"@de AS ?s) "
                + "BIND(REGEX(?s, \"^deepseek\", \"i\") AS ?m) BIND(REPLACE(?s, \"(\\\\w+)$\", \"[$1]\") AS ?r) "
                + "BIND(fn:matches(?s, \"Hang\") AS ?f) BIND(REGEX(?s, \"^Hang\") AS ?n) BIND(REGEX(42, \"4\") AS ?e) }";
        HttpResponse<String> r = s.send(HttpRequest.newBuilder(URI.create(s.base + "sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of("m,r,f,n,e", "true,Deepseek in [Hangzhou],true,false,"), r.body().lines().toList(), r.body());
    }
}
