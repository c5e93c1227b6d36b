package dev.chinaai.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;

/** The SPARQL endpoint of the real server: protocol, formats, union default graph, text search, read-only. */
class SparqlEndpointTest extends ServerTestBase {
    private static HttpResponse<String> post(String path, String contentType, String body, String accept) {
        return s.send(HttpRequest.newBuilder(URI.create(s.base + path)).header("Content-Type", contentType)
                .header("Accept", accept).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static HttpResponse<String> write(String path, String contentType, String body, String accept) {
        return s.sendOnce(HttpRequest.newBuilder(URI.create(s.base + path)).header("Content-Type", contentType)
                .header("Accept", accept).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static String enc(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";

    /** Counts by POST, which the answer cache never serves, so the engine really counts again. */
    private static long count() {
        HttpResponse<String> r = post("sparql", "application/x-www-form-urlencoded", "query=" + enc(COUNT),
                "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        ResultSet rs = ResultSetMgr.read(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        return rs.next().getLiteral("n").getLong();
    }

    @Test
    void getPostFormAndPostDirectGiveTheSameAnswer() {
        String q = "PREFIX cai: <" + s.base + "ontology#> SELECT ?c WHERE { ?c a cai:ChipConstraint } ORDER BY ?c";
        String a = s.get("sparql?query=" + enc(q), "Accept", "text/csv").body();
        String b = post("sparql", "application/x-www-form-urlencoded", "query=" + enc(q), "text/csv").body();
        String c = post("sparql", "application/sparql-query", q, "text/csv").body();
        assertTrue(a.contains(s.base + "id/us-chip-sanctions-china"), a);
        assertEquals(a, b);
        assertEquals(a, c);
        assertEquals(a, post("ds/query", "application/sparql-query", q, "text/csv").body(), "the standard Fuseki path answers too");
    }

    @Test
    void selectResultsInEveryResultFormat() {
        String q = enc("SELECT ?s WHERE { ?s a <" + s.base + "ontology#Lab> } LIMIT 3");
        for (String type : List.of("application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                "text/tab-separated-values")) {
            HttpResponse<String> r = s.get("sparql?query=" + q, "Accept", type);
            assertEquals(200, r.statusCode(), type);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type), type + " -> " + r.headers());
            assertTrue(r.body().contains(s.base + "id/"), type + ": " + r.body());
        }
    }

    @Test
    void constructInEveryRdfSyntaxParsesToTheSameGraph() {
        String q = enc("CONSTRUCT { ?s ?p ?o } WHERE { BIND(<" + s.base + "id/deepseek> AS ?s) ?s ?p ?o }");
        Model first = null;
        for (Lang lang : List.of(Lang.TURTLE, Lang.JSONLD, Lang.NTRIPLES, Lang.RDFXML, Lang.TRIG)) {
            HttpResponse<String> r = s.get("sparql?query=" + q, "Accept", lang.getHeaderString());
            assertEquals(200, r.statusCode(), lang.getName());
            Model m = ModelFactory.createDefaultModel();
            RDFParser.fromString(r.body(), lang).parse(m);
            assertFalse(m.isEmpty(), lang.getName());
            if (first == null) {
                first = m;
            }
            assertTrue(first.isIsomorphicWith(m), lang.getName() + " differs from Turtle");
        }
    }

    @Test
    void defaultGraphIsTheUnionAndNamedGraphsStayAvailable() {
        assertTrue(count() > 5000, "the default graph shows the facts of all named graphs");
        String q = "PREFIX prov: <http://www.w3.org/ns/prov#> SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
        String csv = s.get("sparql?query=" + enc(q), "Accept", "text/csv").body();
        assertTrue(Long.parseLong(csv.lines().skip(1).findFirst().orElseThrow().trim()) > 400, csv);
    }

    @Test
    void serviceDescriptionAtTheBareEndpoint() {
        HttpResponse<String> r = s.get("sparql", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        assertTrue(m.contains(null, m.createProperty("http://www.w3.org/ns/sparql-service-description#endpoint"),
                m.createResource(s.base + "sparql")), r.body());
    }

    @Test
    void writesAreRefusedAndTheDataIsUnchanged() {
        long before = count();
        String insert = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }";
        int[] statuses = {
            write("sparql", "application/sparql-update", insert, "*/*").statusCode(),
            write("sparql", "application/x-www-form-urlencoded", "update=" + enc(insert), "*/*").statusCode(),
            write("ds", "application/sparql-update", insert, "*/*").statusCode(),
            write("ds/update", "application/sparql-update", insert, "*/*").statusCode(),
            write("ds?default", "text/turtle", "<urn:x:a> <urn:x:b> <urn:x:c> .", "*/*").statusCode(),
            write("ds/data", "text/turtle", "<urn:x:a> <urn:x:b> <urn:x:c> .", "*/*").statusCode(),
            s.sendOnce(HttpRequest.newBuilder(URI.create(s.base + "ds?default")).header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:a> <urn:x:b> <urn:x:c> .")).build()).statusCode(),
            s.sendOnce(HttpRequest.newBuilder(URI.create(s.base + "ds?default")).DELETE().build()).statusCode(),
        };
        for (int st : statuses) {
            assertTrue(st >= 400 && st < 500, "a write was answered " + st);
        }
        assertEquals(before, count());
    }

    @Test
    void repeatedGetsAreAnsweredFromTheCacheWithTheSameBody() {
        String q = "sparql?query=" + enc("SELECT ?s WHERE { ?s a <" + s.base + "ontology#Model> } ORDER BY ?s");
        HttpResponse<String> first = s.get(q, "Accept", "text/csv");
        HttpResponse<String> second = s.get(q, "Accept", "text/csv");
        HttpResponse<String> json = s.get(q, "Accept", "application/sparql-results+json");
        assertEquals("hit", second.headers().firstValue("X-Cache").orElseThrow());
        assertEquals(first.body(), second.body());
        assertEquals(first.headers().firstValue("Content-Type"), second.headers().firstValue("Content-Type"));
        assertTrue(json.body().startsWith("{"), "another Accept header is another answer: " + json.body());
        String etag = second.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, s.get(q, "Accept", "text/csv", "If-None-Match", etag).statusCode());
        HttpResponse<String> bad = s.get("sparql?query=" + enc("SELECT ?s WHERE { ?s ?p }"));
        assertEquals(400, bad.statusCode());
        assertEquals("miss", s.get("sparql?query=" + enc("SELECT ?s WHERE { ?s ?p }")).headers().firstValue("X-Cache").orElseThrow(),
                "errors are not kept");
    }

    @Test
    void malformedQueryIs400WithTheParserPosition() {
        HttpResponse<String> r = s.get("sparql?query=" + enc("SELECT ?s WHERE { ?s ?p }"));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("line 1, column"), r.body());
    }

    @Test
    void overLongQueriesAreRefusedBeforeParsing() {
        String big = "SELECT * WHERE { VALUES ?x { " + "1 ".repeat(60_000) + "} }";
        HttpResponse<String> r = post("sparql", "application/sparql-query", big, "application/sparql-results+json");
        assertEquals(413, r.statusCode());
        assertTrue(r.body().contains("100000 bytes"), r.body());
        assertEquals(413, s.get("sparql?query=" + enc(big)).statusCode());
    }

    @Test
    void serviceCallsAreRefused() {
        HttpResponse<String> r = s.get("sparql?query=" + enc("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"),
                "Accept", "application/sparql-results+json");
        assertTrue(r.statusCode() >= 400, r.statusCode() + " " + r.body());
    }

    private static Set<String> textHits(String query) {
        String q = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { " + query + " }";
        try (RDFConnection c = RDFConnection.queryConnect(s.base + "sparql")) {
            Set<String> out = new TreeSet<>();
            c.querySelect(q, (QuerySolution row) -> out.add(row.getResource("s").getURI()));
            return out;
        }
    }

    @Test
    void plainTextQueryFindsGermanWordFormsAndIgnoresCase() {
        assertTrue(textHits("?s text:query 'Sanktion'").contains(s.base + "excerpt/004/us-sanctions-nvidia#quote"),
                "'Sanktion' finds 'Sanktionen'");
        assertTrue(textHits("?s text:query 'DeepSeek'").contains(s.base + "id/deepseek"));
        assertEquals(textHits("?s text:query 'DeepSeek'"), textHits("?s text:query 'deepseek'"));
        assertTrue(textHits("?s text:query ('Chip' 'lang:de')").stream().anyMatch(x -> x.contains("/excerpt/004/")),
                "'Chip' with lang:de finds 'Chips'");
        assertTrue(textHits("?s text:query ('researchers' 'lang:en')").stream().anyMatch(x -> x.contains("/claim/")),
                "English renderings are searchable");
    }

    @Test
    void jenaRemoteConnectionReadsTheEndpoint() {
        try (RDFConnection c = RDFConnection.queryConnect(s.base + "sparql")) {
            assertTrue(c.queryAsk("ASK { <" + s.base + "id/deepseek> ?p ?o }"));
        }
    }
}
