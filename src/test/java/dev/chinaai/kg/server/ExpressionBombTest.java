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
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase1;
import org.junit.jupiter.api.Test;

/**
 * Work inside one expression, against the real server with its 10 s timeout.
 * ARQ checks its timeout only between solutions, so one value that grows
 * without bound (a number squared again and again, a power, a string doubled,
 * a cast of a huge lexical form, a property function fed its own output) ran
 * for minutes or ran out of heap. Each is stopped within a few seconds with
 * 422 naming the function and the limit; ordinary expressions answer as before.
 */
class ExpressionBombTest extends ServerTestBase {
    private static final String PREFIXES = "PREFIX math: <http://www.w3.org/2005/xpath-functions/math#> "
            + "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> "
            + "PREFIX apf: <http://jena.apache.org/ARQ/property#> "
            + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> ";

    /** BIND(start AS ?v0) BIND(step(?v0) AS ?v1) ... BIND(step(?v(n-1)) AS ?vn), step written with %s. */
    private static String chain(String start, String step, int n) {
        StringBuilder q = new StringBuilder(PREFIXES + "SELECT ?v" + n + " WHERE { BIND(" + start + " AS ?v0) ");
        for (int i = 1; i <= n; i++) {
            q.append("BIND(").append(step.replace("%s", "?v" + (i - 1))).append(" AS ?v").append(i).append(") ");
        }
        return q.append("}").toString();
    }

    private static HttpResponse<String> post(String q) {
        return s.send(HttpRequest.newBuilder(URI.create(s.base + "sparql")).timeout(Duration.ofSeconds(120))
                .header("Accept", "text/csv").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).build());
    }

    private static void refused(String q, String function, String limit) {
        long t0 = System.nanoTime();
        HttpResponse<String> r = post(q);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(422, r.statusCode(), q + " -> " + r.statusCode() + " " + r.body());
        assertTrue(r.body().contains(function), "the message should name " + function + ": " + r.body());
        assertTrue(r.body().contains(limit), "the message should state the limit " + limit + ": " + r.body());
        assertTrue(ms < 5_000, q + " took " + ms + " ms: stopped by the query timeout (10 s), not by the guard");
    }

    @Test
    void numbersThatGrowWithoutBoundAreStoppedWith422() {
        refused(chain("10", "%s * %s", 20), "*", "10000 digits");
        refused(chain("0.1", "%s * %s", 24), "*", "10000 digits");
        refused(chain("7", "%s * %s * %s", 13), "*", "10000 digits");
        refused(chain("2", "math:pow(%s, 40)", 5), "math:pow", "10000 digits");
        refused(PREFIXES + "SELECT (math:pow(10, 3000000) AS ?x) WHERE { }", "math:pow", "10000 digits");
        refused(PREFIXES + "SELECT * WHERE { VALUES ?e { 3000000 } BIND(math:pow(10, ?e) AS ?x) }", "math:pow", "10000 digits");
    }

    @Test
    void stringsThatGrowWithoutBoundAreStoppedWith422() {
        refused(chain("\"ab\"", "CONCAT(%s, %s)", 29), "CONCAT", "1000000 characters");
        refused(chain("\"ab\"", "fn:concat(%s, %s, %s)", 20), "fn:concat", "1000000 characters");
        refused(chain("\"abc\"", "REPLACE(%s, \".\", \"$0$0$0$0\")", 20), "REPLACE", "1000000 characters");
        refused(chain("\"ab\"", "UCASE(CONCAT(%s, LCASE(%s)))", 29), "CONCAT", "1000000 characters");
        refused(chain("\"ab\"", "STR(IRI(CONCAT(\"x:\", %s, %s)))", 29), "CONCAT", "1000000 characters");
    }

    @Test
    void castsOfHugeLexicalFormsAreStoppedWith422() {
        String digits = chain("\"9999999999\"", "CONCAT(%s, %s)", 12).replace("SELECT ?v12 WHERE {",
                "SELECT ?n WHERE {").replace(" }", " BIND(xsd:integer(?v12) AS ?n) }");
        refused(digits, "xsd:integer", "10000 digits");
        refused(digits.replace("xsd:integer", "xsd:decimal"), "xsd:decimal", "10000 digits");
    }

    @Test
    void propertyFunctionsThatGrowValuesAreStoppedWith422() {
        StringBuilder q = new StringBuilder(PREFIXES + "SELECT ?s29 WHERE { BIND(\"ab\" AS ?s0) ");
        for (int i = 1; i <= 29; i++) {
            q.append("?s").append(i).append(" apf:concat (?s").append(i - 1).append(" ?s").append(i - 1).append(") . ");
        }
        refused(q.append("}").toString(), "apf:concat", "1000000 characters");
    }

    /** An extension function that takes longer than a call may (loaded by ARQ from its {@code java:} IRI). */
    public static final class Sleepy extends FunctionBase1 {
        @Override
        public NodeValue exec(NodeValue millis) {
            try {
                Thread.sleep(millis.getInteger().longValue());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return millis;
        }
    }

    @Test
    void aFunctionCallPastItsTimeIsStoppedWith422() {
        String sleepy = "<java:" + Sleepy.class.getName() + ">";
        refused("SELECT * WHERE { BIND(" + sleepy + "(1500) AS ?x) }", "java:" + Sleepy.class.getName(), "1000 ms");
        refused("SELECT * WHERE { VALUES ?n { 1 2 } FILTER(" + sleepy + "(700 * ?n) > 0) }", "java:" + Sleepy.class.getName(), "1000 ms");
        assertEquals(200, post("SELECT * WHERE { BIND(" + sleepy + "(10) AS ?x) }").statusCode());
    }

    /** Guarded expressions give ARQ's answers: numbers, strings, casts, powers, aggregates, type errors. */
    @Test
    void ordinaryExpressionsAnswerAsBefore() {
        String q = PREFIXES + "SELECT ?a ?b ?c ?d ?e ?f ?g ?h WHERE { BIND(6 * 7 AS ?a) BIND(0.5 + 0.25 AS ?b) "
                + "BIND(math:pow(2, 10) AS ?c) BIND(CONCAT(\"Deep\", \"Seek\") AS ?d) BIND(xsd:integer(\"42\") AS ?e) "
                + "BIND(STRLEN(REPLACE(\"abc\", \".\", \"$0$0\")) AS ?f) BIND(1 + \"x\" AS ?g) "
                + "?h apf:concat (\"a\" \"b\") }";
        HttpResponse<String> r = post(q);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of("a,b,c,d,e,f,g,h", "42,0.75,1024,DeepSeek,42,6,,ab"), r.body().lines().toList(), r.body());
        HttpResponse<String> agg = post("SELECT (COUNT(*) AS ?n) (STRLEN(GROUP_CONCAT(?x; separator=\"\")) AS ?len) "
                + "(COUNT(DISTINCT ?x) AS ?d) WHERE { VALUES ?x { \"a\" \"bb\" \"bb\" \"ccc\" } }");
        assertEquals(200, agg.statusCode(), agg.body());
        assertEquals(List.of("n,len,d", "4,8,3"), agg.body().lines().toList(), agg.body());
    }
}
