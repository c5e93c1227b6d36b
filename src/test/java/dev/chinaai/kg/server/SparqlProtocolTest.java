package dev.chinaai.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The read cases of the SPARQL 1.1 Protocol and the Graph Store HTTP Protocol
 * as one table: each row is a request, the answer the specification asks for,
 * and the section that says so. Where a client library and a row disagree,
 * the row (the specification) decides.
 */
class SparqlProtocolTest extends ServerTestBase {
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String SELECT = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 2";
    private static final String ASK_ONTOLOGY = "ASK { ?o a <http://www.w3.org/2002/07/owl#Ontology> }";
    private static final String CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 2";
    private static final String DESCRIBE = "DESCRIBE ?s WHERE { ?s ?p ?o } LIMIT 1";

    /** One request and what the specification says it gets. */
    record Row(String spec, String method, String target, String contentType, String body, String accept, int status,
            String type, Predicate<String> content) {
        @Override
        public String toString() {
            return spec + ": " + method + " " + (target.length() > 70 ? target.substring(0, 70) + "…" : target)
                    + (contentType == null ? "" : " [" + contentType + "]") + (accept == null ? "" : " Accept: " + accept);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Row get(String spec, String target, String accept, int status, String type, Predicate<String> content) {
        return new Row(spec, "GET", target, null, null, accept, status, type, content);
    }

    private static Row post(String spec, String contentType, String body, String accept, int status, String type,
            Predicate<String> content) {
        return new Row(spec, "POST", "sparql", contentType, body, accept, status, type, content);
    }

    private static Predicate<String> any() {
        return b -> true;
    }

    private static Predicate<String> has(String text) {
        return b -> b.contains(text);
    }

    static Stream<Row> rows() {
        List<Row> t = new ArrayList<>();
        String json = "application/sparql-results+json";
        // SPARQL 1.1 Protocol 2.1: the three ways to send a query.
        t.add(get("Protocol 2.1.1 query via GET", "sparql?query=" + enc(SELECT), json, 200, json, has("\"bindings\"")));
        t.add(post("Protocol 2.1.2 query via URL-encoded POST", FORM, "query=" + enc(SELECT), json, 200, json, has("\"bindings\"")));
        t.add(post("Protocol 2.1.3 query via POST directly", "application/sparql-query", SELECT, json, 200, json,
                has("\"bindings\"")));
        // 2.1.4: the RDF dataset from the protocol overrides the query's and the service's.
        t.add(get("Protocol 2.1.4 default-graph-uri", "sparql?query=" + enc(ASK_ONTOLOGY) + "&default-graph-uri=GRAPH(ontology)",
                json, 200, json, has("true")));
        t.add(get("Protocol 2.1.4 default-graph-uri excludes other graphs", "sparql?query=" + enc(ASK_ONTOLOGY)
                + "&default-graph-uri=GRAPH(provenance)", json, 200, json, has("false")));
        t.add(get("Protocol 2.1.4 named-graph-uri", "sparql?query=" + enc("ASK { GRAPH ?g { ?o a "
                + "<http://www.w3.org/2002/07/owl#Ontology> } }") + "&named-graph-uri=GRAPH(ontology)", json, 200, json, has("true")));
        t.add(get("Protocol 2.1.4 named-graph-uri excludes other graphs", "sparql?query=" + enc("ASK { GRAPH ?g { ?o a "
                + "<http://www.w3.org/2002/07/owl#Ontology> } }") + "&named-graph-uri=GRAPH(provenance)", json, 200, json,
                has("false")));
        // 2.1.1: exactly one query string; 2.1.5 (query failure): malformed requests are 400.
        t.add(get("Protocol 2.1.1 two queries are malformed", "sparql?query=" + enc(SELECT) + "&query=" + enc(SELECT), json,
                400, null, any()));
        t.add(get("Protocol 2.1.5 syntax error", "sparql?query=" + enc("SELECT WHERE {"), json, 400, null, any()));
        t.add(post("Protocol 2.1.5 syntax error via POST", "application/sparql-query", "SELEKT * {}", json, 400, null, any()));
        // Service Description 2 (Accessing a Service Description): the endpoint without a query describes itself.
        t.add(get("Service Description 2 no query", "sparql", "text/turtle", 200, "text/turtle", has("sd:Service")));
        // Protocol 2.1.3 names application/sparql-query and the form type; RFC 9110 15.5.16 answers other bodies 415.
        t.add(post("Protocol 2.1.3 wrong POST media type", "text/plain", SELECT, json, 415, null, any()));
        // Protocol 2.2: this service offers no update operation; a read-only service refuses with 4xx.
        t.add(post("Protocol 2.2 update refused (form)", FORM, "update=" + enc("INSERT DATA { <urn:x:a> <urn:x:b> 1 }"), "*/*",
                -4, null, any()));
        t.add(post("Protocol 2.2 update refused (direct)", "application/sparql-update", "INSERT DATA { <urn:x:a> <urn:x:b> 1 }",
                "*/*", -4, null, any()));
        // Protocol 2.1 (query operation response): every result format the service description names.
        for (String type : List.of(json, "application/sparql-results+xml", "text/csv", "text/tab-separated-values")) {
            t.add(get("Protocol 2.1 SELECT as " + type, "sparql?query=" + enc(SELECT), type, 200, type, any()));
        }
        for (String type : List.of(json, "application/sparql-results+xml")) {
            t.add(get("Protocol 2.1 ASK as " + type, "sparql?query=" + enc(ASK_ONTOLOGY), type, 200, type, has("true")));
        }
        for (String type : List.of("text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json",
                "application/n-quads", "application/trig")) {
            t.add(get("Protocol 2.1 CONSTRUCT as " + type, "sparql?query=" + enc(CONSTRUCT), type, 200, type, any()));
            t.add(get("Protocol 2.1 DESCRIBE as " + type, "sparql?query=" + enc(DESCRIBE), type, 200, type, any()));
        }
        // RFC 9110 9.3.2: HEAD is GET without content, here on a query URL and on the graph store.
        t.add(new Row("RFC 9110 9.3.2 HEAD on a query URL", "HEAD", "sparql?query=" + enc(SELECT), null, null, "text/csv",
                200, "text/csv", String::isEmpty));
        // Graph Store HTTP Protocol 5.2 (HTTP GET): read a named graph, the default graph; 404 for a graph that is not there.
        t.add(get("Graph Store 5.2 GET named graph", "ds?graph=GRAPH(ontology)", "text/turtle", 200, "text/turtle",
                b -> b.contains("owl:Ontology") || b.contains("owl#Ontology")));
        t.add(get("Graph Store 5.2 GET default graph", "ds?default", "application/n-triples", 200, "application/n-triples",
                any()));
        t.add(get("Graph Store 5.2 GET missing graph", "ds?graph=GRAPH(no-such-graph)", "text/turtle", 404, null, any()));
        t.add(new Row("Graph Store 5.3 HEAD named graph", "HEAD", "ds?graph=GRAPH(ontology)", null, null, "text/turtle", 200,
                "text/turtle", String::isEmpty));
        return t.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void answersAsTheSpecificationSays(Row row) throws IOException {
        String target = row.target().replaceAll("GRAPH\\(([^)]*)\\)", enc(s.base + "graph/") + "$1");
        Answer a = "HEAD".equals(row.method()) ? head(target, row.accept()) : send(row, target);
        if (row.status() < 0) {
            assertTrue(a.status() >= 400 && a.status() < 500, row + " -> " + a.status() + " " + a.body());
        } else {
            assertEquals(row.status(), a.status(), row + " -> " + a.body());
        }
        if (row.type() != null) {
            assertEquals(row.type(), a.type(), row.toString());
        }
        assertTrue(row.content().test(a.body()), row + " -> " + a.body());
    }

    private record Answer(int status, String type, String body) {
    }

    private static Answer send(Row row, String target) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base + target));
        if (row.accept() != null) {
            b.header("Accept", row.accept());
        }
        if ("POST".equals(row.method())) {
            b.header("Content-Type", row.contentType()).POST(HttpRequest.BodyPublishers.ofString(row.body()));
        }
        HttpResponse<String> r = s.sendOnce(b.build());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse("").split(";")[0].trim(), r.body());
    }

    /** HEAD on a raw socket: the JDK client never reads a body after HEAD, so it could not see one that was sent. */
    private static Answer head(String target, String accept) throws IOException {
        try (Socket socket = new Socket("localhost", s.server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("HEAD /" + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: " + accept
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = all.indexOf("\r\n\r\n");
            String head = all.substring(0, end);
            String type = head.lines().filter(l -> l.toLowerCase().startsWith("content-type:")).findFirst().orElse(":")
                    .split(":", 2)[1].split(";")[0].trim();
            return new Answer(Integer.parseInt(head.split(" ")[1]), type, all.substring(end + 4));
        }
    }
}
