package dev.chinaai.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

/**
 * The defects real clients found (issue 13), one test each, against the real
 * server on a free port (so never under the canonical base http://localhost:3030/).
 */
class ClientDefectsTest extends ServerTestBase {
    private static final String CANONICAL = "http://localhost:3030/";

    private static String enc(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    /** Pairs in order: key, value, key, value, ... */
    private static Map<String, String> table(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static Dataset parse(HttpResponse<String> r) {
        String type = r.headers().firstValue("Content-Type").orElseThrow().split(";")[0].trim();
        Lang lang = RDFLanguages.contentTypeToLang(type);
        Dataset d = DatasetFactory.create();
        RDFParser.fromString(r.body(), lang).base(s.base).parse(d);
        return d;
    }

    /** Defect 1: a literal that holds an IRI (xsd:anyURI or a string starting with the base) follows the base. */
    @Test
    void literalsThatHoldIrisFollowTheServedBase() {
        assumeFalse(s.base.equals(CANONICAL), "the free port happened to be 3030");
        List<String> stale = new ArrayList<>();
        for (String path : List.of("shapes.ttl", "ontology.ttl", ".well-known/void", "sparql", "dump.nq")) {
            HttpResponse<String> r = s.get(path, "Accept", "text/turtle");
            assertEquals(200, r.statusCode(), path);
            parse(r).asDatasetGraph().find().forEachRemaining(q -> {
                for (Node n : new Node[] {q.getSubject(), q.getObject(), q.getGraph()}) {
                    if (n != null && (n.isLiteral() && n.getLiteralLexicalForm().contains(CANONICAL)
                            || n.isURI() && n.getURI().startsWith(CANONICAL))) {
                        stale.add(path + ": " + n);
                    }
                }
            });
        }
        assertTrue(stale.isEmpty(), "still under the canonical base: " + stale);
        String shapes = s.get("shapes.ttl").body();
        assertTrue(shapes.contains("\"" + s.base + "ontology#\"^^xsd:anyURI"), shapes);
    }

    private static final String CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3";
    private static final String SELECT = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 3";

    /** Defect 2: the format/output names SPARQLWrapper and others send are understood; an unknown one defers to Accept. */
    @Test
    void formatAndOutputNamesOfRealClientsAreUnderstood() {
        Map<String, String> construct = table(
                "rdf+xml", "application/rdf+xml",
                "xml", "application/rdf+xml",
                "json", "application/ld+json",
                "json-ld", "application/ld+json",
                "jsonld", "application/ld+json",
                "n3", "text/turtle",
                "turtle", "text/turtle",
                "ttl", "text/turtle",
                "nt", "application/n-triples",
                "application/rdf+xml", "application/rdf+xml",
                "made-up", "application/n-triples");
        Map<String, String> select = table(
                "json", "application/sparql-results+json",
                "xml", "application/sparql-results+xml",
                "csv", "text/csv",
                "tsv", "text/tab-separated-values",
                "application/sparql-results+json", "application/sparql-results+json");
        List<String> wrong = new ArrayList<>();
        check(CONSTRUCT, construct, "application/n-triples", wrong);
        check(SELECT, select, "application/sparql-results+json", wrong);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private static void check(String query, Map<String, String> names, String accept, List<String> wrong) {
        names.forEach((name, type) -> {
            HttpResponse<String> r = s.get("sparql?query=" + enc(query) + "&format=" + enc(name) + "&output=" + enc(name),
                    "Accept", accept);
            String got = r.headers().firstValue("Content-Type").orElse("").split(";")[0];
            if (r.statusCode() != 200 || !got.equals(type)) {
                wrong.add(name + ": " + r.statusCode() + " " + got + " " + r.body().lines().findFirst().orElse(""));
            }
        });
    }

    /** Defect 3: RFC 9110 13.1.3: an If-Modified-Since that is not an HTTP-date is ignored; 13.1.2 for If-None-Match. */
    @Test
    void badConditionalHeadersAreIgnoredNotErrors() {
        HttpResponse<String> first = s.get("id/deepseek.ttl");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        for (String path : List.of("id/deepseek.ttl", "dump.trig", ".well-known/void", "context.jsonld", "", "sparql")) {
            for (String bad : List.of("yesterday", "Mon, 99 Foo 2025 00:00:00 GMT", "", "0")) {
                HttpResponse<String> r = s.get(path, "If-Modified-Since", bad);
                assertEquals(200, r.statusCode(), path + " If-Modified-Since: " + bad);
            }
        }
        assertEquals(304, s.get("id/deepseek.ttl", "If-None-Match", "\"x\", W/" + etag).statusCode(), "weak match in a list");
        assertEquals(304, s.get("id/deepseek.ttl", "If-None-Match", "*").statusCode());
        assertEquals(200, s.get("id/deepseek.ttl", "If-None-Match", "\"x\", \"y\"").statusCode());
        assertEquals(200, s.get("id/deepseek.ttl", "If-None-Match", "\"x\"", "If-Modified-Since",
                first.headers().firstValue("Last-Modified").orElseThrow()).statusCode(), "If-None-Match wins");
        HttpResponse<String> range = s.get("id/deepseek.ttl", "Range", "bytes=0-9", "If-Range", "\"other\"");
        assertEquals(200, range.statusCode(), "If-Range that does not match: the whole representation");
        assertEquals(first.body(), range.body());
    }

    /** Defect 4: a cut answer is visible to cross-origin scripts and in the JSON body. */
    @Test
    void truncationIsVisibleCrossOriginAndInTheBody() {
        HttpResponse<String> r = s.send(HttpRequest.newBuilder(URI.create(s.base + "sparql"))
                .header("Accept", "application/sparql-results+json").header("Origin", "https://example.org")
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }")).build());
        assertEquals("true", r.headers().firstValue("X-Result-Truncated").orElseThrow());
        String exposed = r.headers().firstValue("Access-Control-Expose-Headers").orElseThrow();
        assertTrue(exposed.contains("X-Result-Truncated"), exposed);
        JsonObject head = JsonParser.parseString(r.body()).getAsJsonObject().getAsJsonObject("head");
        assertTrue(head.has("link") && head.get("link").toString().contains("truncated"), head.toString());
        HttpResponse<String> small = s.get("sparql?query=" + enc(SELECT), "Accept", "application/sparql-results+json");
        assertFalse(JsonParser.parseString(small.body()).getAsJsonObject().getAsJsonObject("head").has("link"));
    }

    /** Defect 5: JSON-LD documents carry their context, so clients that refuse remote contexts can read them. */
    @Test
    void jsonLdDocumentsEmbedTheirContext() {
        JsonObject doc = JsonParser.parseString(s.get("id/deepseek.jsonld").body()).getAsJsonObject();
        assertTrue(doc.get("@context").isJsonObject(), "embedded, not a URL: " + doc.get("@context"));
        Dataset d = DatasetFactory.create();
        RDFParser.fromString(s.get("id/deepseek.jsonld").body(), Lang.JSONLD).base(s.base).parse(d);
        assertTrue(d.asDatasetGraph().getDefaultGraph().size() > 50);
    }

    /** Defect 6: RFC 9110 8.3.1: type and subtype are case-insensitive. */
    @Test
    void mediaTypesMatchCaseInsensitively() {
        HttpResponse<String> r = s.get("id/deepseek", "Accept", "TEXT/TURTLE");
        assertEquals(303, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElseThrow().endsWith(".ttl"));
        List<String> wrong = new ArrayList<>();
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("sparql?query=" + enc(SELECT), "Application/SPARQL-Results+JSON");
        cases.put("sparql?query=" + enc(CONSTRUCT), "TEXT/TURTLE");
        cases.put("sparql", "Application/N-Triples");
        cases.put(".well-known/void", "Application/N-Triples");
        cases.forEach((path, accept) -> {
            HttpResponse<String> a = s.get(path, "Accept", accept);
            String type = a.headers().firstValue("Content-Type").orElse("").split(";")[0];
            if (a.statusCode() != 200 || !type.equalsIgnoreCase(accept)) {
                wrong.add(path + " " + accept + " -> " + a.statusCode() + " " + type);
            }
        });
        assertTrue(wrong.isEmpty(), wrong.toString());
    }

    /** Defect 7: common Accept values get the closest RDF format; documents also as N-Quads and TriG with their excerpt graphs. */
    @Test
    void reasonableAcceptValuesGetTheClosestFormat() {
        Map<String, String> expected = table(
                "text/plain", "nt",
                "text/plain, */*;q=0.1", "nt",
                "application/json", "jsonld",
                "application/n-quads", "nq",
                "application/trig", "trig",
                "text/n3", "ttl",
                "application/xml", "rdf");
        expected.forEach((accept, suffix) -> {
            HttpResponse<String> r = s.get("id/deepseek", "Accept", accept);
            assertEquals(303, r.statusCode(), accept);
            assertEquals(s.base + "id/deepseek." + suffix, r.headers().firstValue("Location").orElseThrow(), accept);
        });
        Dataset nq = parse(s.get("id/deepseek.nq"));
        Dataset trig = parse(s.get("id/deepseek.trig"));
        assertTrue(nq.asDatasetGraph().listGraphNodes().hasNext(), "N-Quads document names its graphs");
        assertEquals(nq.asDatasetGraph().stream().count(), trig.asDatasetGraph().stream().count());
        boolean excerptGraph = false;
        for (var it = nq.asDatasetGraph().find(); it.hasNext();) {
            Quad q = it.next();
            excerptGraph |= q.getGraph().getURI().startsWith(s.base + "graph/");
        }
        assertTrue(excerptGraph, "statements sit in the named graphs their excerpts put them in");
    }

    /** Defect 8: RFC 9110 9.3.2: HEAD is GET without a body, also for a query URL. */
    @Test
    void headOnAQueryUrlAnswersLikeGet() {
        HttpResponse<String> r = s.send(HttpRequest.newBuilder(URI.create(s.base + "sparql?query=" + enc(SELECT)))
                .header("Accept", "text/csv").method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, r.statusCode());
        assertEquals("text/csv", r.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
        assertEquals("", r.body());
    }

    /** Defect 9: pages point at their RDF documents and embed JSON-LD; VoID covers every dereferenceable IRI space. */
    @Test
    void discoveryLinksAndEmbeddedJsonLd() {
        HttpResponse<String> page = s.get("id/deepseek.html");
        String html = page.body();
        for (String type : List.of("text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml")) {
            assertTrue(html.contains("<link rel=\"alternate\" type=\"" + type + "\""), type);
        }
        List<String> link = page.headers().allValues("Link");
        assertTrue(String.join(",", link).contains("rel=\"alternate\"; type=\"text/turtle\""), link.toString());
        Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "embedded JSON-LD");
        Dataset d = DatasetFactory.create();
        RDFParser.fromString(m.group(1), Lang.JSONLD).base(s.base).parse(d);
        assertTrue(d.asDatasetGraph().getDefaultGraph().size() > 50);
        // VoID (W3C Interest Group Note), "URI patterns": uriSpace is a prefix of ALL entity IRIs, so it is the
        // base; the regex names the dereferenceable spaces.
        org.apache.jena.rdf.model.Model v = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        RDFParser.fromString(s.get(".well-known/void", "Accept", "application/n-triples").body(), Lang.NTRIPLES).parse(v);
        String ns = "http://rdfs.org/ns/void#";
        assertEquals(List.of(s.base), v.listObjectsOfProperty(v.createProperty(ns, "uriSpace")).mapWith(o -> o.asLiteral()
                .getString()).toList());
        var regex = v.listObjectsOfProperty(v.createProperty(ns, "uriRegexPattern")).toList();
        assertEquals(1, regex.size());
        Pattern p = Pattern.compile(regex.get(0).asLiteral().getString());
        for (String space : List.of("id/deepseek", "claim/x", "excerpt/y")) {
            assertTrue(p.matcher(s.base + space).find(), space);
        }
        assertFalse(p.matcher(s.base + "search").find());
    }
}
