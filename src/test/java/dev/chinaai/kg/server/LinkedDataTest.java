package dev.chinaai.kg.server;

import dev.chinaai.kg.server.options.ServerOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.diagnostics.KgException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

/** Dereferencing, content negotiation, caching, VoID, dumps, CORS and error paths of the real server. */
class LinkedDataTest extends ServerTestBase {
    private static Model parse(HttpResponse<String> r, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), lang).base(s.base).parse(m);
        return m;
    }

    @Test
    void irisFollowTheHostAndPortOfTheServer() {
        assertEquals("http://localhost:" + s.server.port() + "/", s.base);
    }

    @Test
    void identifierAnswers303ToTheNegotiatedDocument() {
        Map<String, String> expected = Map.of("text/html", "html", "text/turtle", "ttl", "application/ld+json", "jsonld",
                "application/n-triples", "nt", "application/rdf+xml", "rdf",
                "text/turtle;q=0.5, application/ld+json;q=0.9", "jsonld");
        expected.forEach((accept, suffix) -> {
            HttpResponse<String> r = s.get("id/deepseek", "Accept", accept);
            assertEquals(303, r.statusCode(), accept);
            assertEquals(s.base + "id/deepseek." + suffix, r.headers().firstValue("Location").orElseThrow(), accept);
            assertEquals("Accept", r.headers().firstValue("Vary").orElseThrow());
        });
        assertEquals(406, s.get("id/deepseek", "Accept", "image/png").statusCode());
        assertEquals(400, s.get("id/deepseek", "Accept", "text/turtle;;q=").statusCode());
    }

    @Test
    void everyIriOfTheGraphUnderTheBaseDereferences() {
        String q = "SELECT DISTINCT ?x WHERE { GRAPH ?g { { ?x ?p ?o } UNION { ?s ?p ?x } UNION { ?s ?x ?o } } "
                + "FILTER(isIRI(?x) && STRSTARTS(STR(?x), \"" + s.base + "\")) }";
        java.util.Set<String> paths = new java.util.TreeSet<>();
        HttpResponse<String> r = s.send(HttpRequest.newBuilder(URI.create(s.base + "sparql")).header("Accept", "text/csv")
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(q)).build());
        r.body().lines().skip(1).map(String::strip).forEach(iri -> {
            String doc = iri.contains("#") ? iri.substring(0, iri.indexOf('#')) : iri;
            paths.add(doc.substring(s.base.length()));
        });
        assertTrue(paths.size() > 500, "IRIs found: " + paths.size());
        Map<String, String> successors = successorsOfReplacedIris();
        assertTrue(paths.containsAll(successors.keySet()), "replaced IRIs are in the graph: " + successors);
        java.util.Set<String> withdrawn = withdrawnClaims();
        assertTrue(paths.containsAll(withdrawn), "withdrawn claims are in the graph: " + withdrawn);
        java.util.List<String> broken = new java.util.ArrayList<>();
        for (String path : paths) {
            HttpResponse<String> answer = s.get(path, "Accept", "text/turtle");
            String successor = successors.get(path);
            int expected = successor != null ? 301 : withdrawn.contains(path) ? 410 : 303;
            String location = answer.headers().firstValue("Location").orElse("");
            if (answer.statusCode() != expected || (successor != null && !location.equals(s.base + successor))) {
                broken.add(path + " -> " + answer.statusCode() + " " + location);
            }
        }
        assertTrue(broken.isEmpty(), "IRIs that do not dereference: " + broken);
    }

    /** Paths of the claims a later reading withdrew without successor (owl:deprecated): those answer 410 Gone. */
    private java.util.Set<String> withdrawnClaims() {
        String q = "SELECT ?c WHERE { GRAPH ?g { ?c <http://www.w3.org/2002/07/owl#deprecated> true } }";
        HttpResponse<String> r = s.send(HttpRequest.newBuilder(URI.create(s.base + "sparql")).header("Accept", "text/csv")
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(q)).build());
        java.util.Set<String> out = new java.util.TreeSet<>();
        r.body().lines().skip(1).map(String::strip).forEach(iri -> out.add(iri.substring(s.base.length())));
        return out;
    }

    /** Old IRI path to its successor's path, for every entity a merge replaced (dcterms:replaces): those answer 301. */
    private Map<String, String> successorsOfReplacedIris() {
        String q = "SELECT ?old ?new WHERE { GRAPH ?g { ?new <http://purl.org/dc/terms/replaces> ?old } }";
        HttpResponse<String> r = s.send(HttpRequest.newBuilder(URI.create(s.base + "sparql")).header("Accept", "text/csv")
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(q)).build());
        Map<String, String> out = new java.util.TreeMap<>();
        r.body().lines().skip(1).map(l -> l.strip().split(",")).forEach(row -> out.put(row[0].substring(s.base.length()),
                row[1].substring(s.base.length())));
        return out;
    }

    @Test
    void everySuffixDocumentParsesToTheSameGraph() {
        Model turtle = parse(s.get("id/deepseek.ttl"), Lang.TURTLE);
        assertTrue(turtle.size() > 50);
        for (var e : Map.of("jsonld", Lang.JSONLD, "nt", Lang.NTRIPLES, "rdf", Lang.RDFXML).entrySet()) {
            HttpResponse<String> r = s.get("id/deepseek." + e.getKey());
            assertEquals(200, r.statusCode());
            assertEquals(e.getValue().getHeaderString(), r.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
            assertTrue(turtle.isIsomorphicWith(parse(r, e.getValue())), e.getKey());
        }
        // The document embeds the published context (issue 13: default-configured clients refuse remote ones).
        com.google.gson.JsonElement published = com.google.gson.JsonParser.parseString(s.get("context.jsonld").body())
                .getAsJsonObject().get("@context");
        assertEquals(published, com.google.gson.JsonParser.parseString(s.get("id/deepseek.jsonld").body())
                .getAsJsonObject().get("@context"));
    }

    @Test
    void turtleAndNTriplesBeginWithTheResourcesOwnStatements() {
        for (String id : new String[] {"id/deepseek", "id/hangzhou", "claim/a003-deepseek-astonishing-success"}) {
            String iri = s.base + id;
            Model all = parse(s.get(id + ".nt"), Lang.NTRIPLES);
            long own = all.listStatements(all.createResource(iri), null, (org.apache.jena.rdf.model.RDFNode) null).toList().size();
            assertTrue(own > 0 && own < all.size(), id);
            java.util.List<String> lines = s.get(id + ".nt").body().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                assertEquals(i < own, lines.get(i).startsWith("<" + iri + "> "), id + ".nt line " + (i + 1) + ": " + lines.get(i));
            }
            String turtle = s.get(id + ".ttl").body();
            String firstBlock = turtle.lines().filter(l -> !l.isEmpty() && !l.startsWith("PREFIX")).findFirst().orElseThrow();
            assertEquals(id.replace('/', ':'), firstBlock.split("\\s+")[0], id + ".ttl: the first statement's subject");
        }
    }

    @Test
    void documentHoldsOutgoingIncomingLabelsAndProvenanceWithOffsets() {
        Dataset ds = DatasetFactory.create(parse(s.get("id/deepseek.ttl"), Lang.TURTLE));
        String q = """
                PREFIX cai: <%1$sontology#> PREFIX id: <%1$sid/> PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                ASK { id:deepseek cai:headquarters id:hangzhou .
                      id:six-little-dragons cai:member id:deepseek .
                      id:hangzhou rdfs:label ?l .
                      ?st rdf:subject id:deepseek ; rdf:predicate cai:headquarters ; rdf:object id:hangzhou ;
                          prov:wasDerivedFrom ?x .
                      ?x oa:hasSource/cai:seedFile ?seed ; oa:hasSelector [ oa:start ?start ; oa:end ?end ] ;
                         oa:hasSelector [ oa:exact "Dort befindet sich auch der Stammsitz von Deepseek." ] }""".formatted(s.base);
        try (QueryExecution qe = QueryExecution.create(q, ds)) {
            assertTrue(qe.execAsk());
        }
    }

    @Test
    void etagAndLastModifiedRevalidateWith304() {
        HttpResponse<String> r = s.get("id/deepseek.ttl");
        String etag = r.headers().firstValue("ETag").orElseThrow();
        String lastModified = r.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(304, s.get("id/deepseek.ttl", "If-None-Match", etag).statusCode());
        assertEquals(304, s.get("id/deepseek.ttl", "If-Modified-Since", lastModified).statusCode());
        assertEquals(200, s.get("id/deepseek.ttl", "If-None-Match", "\"other\"").statusCode());
    }

    @Test
    void ontologyTermsAndShapesDereference() {
        assertEquals(s.base + "ontology.ttl", s.get("ontology", "Accept", "text/turtle").headers().firstValue("Location").orElseThrow());
        Model ont = parse(s.get("ontology.ttl"), Lang.TURTLE);
        assertTrue(ont.contains(ont.createResource(s.base + "ontology#Model"), null, (org.apache.jena.rdf.model.RDFNode) null));
        assertTrue(s.get("ontology.html").body().contains("id=\"ChipConstraint\""));
        assertTrue(parse(s.get("shapes.ttl"), Lang.TURTLE).size() > 100);
    }

    @Test
    void unknownAndHostilePathsGet4xx() {
        HttpResponse<String> unknown = s.get("id/no-such-entity", "Accept", "text/html");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("no-such-entity"));
        assertEquals(404, s.get("id/z%C3%BCrich").statusCode(), "a non-ASCII IRI that is not in the graph");
        for (String p : new String[] {"id/../../etc/passwd", "id/%2e%2e/%2e%2e/etc/passwd", "static/../../pom.xml",
            "id/" + "x".repeat(5000)}) {
            int st = s.get(p).statusCode();
            assertTrue(st >= 400 && st < 500, p + " -> " + st);
        }
        int st = s.send(HttpRequest.newBuilder(URI.create(s.base + "id/deepseek")).method("PATCH",
                HttpRequest.BodyPublishers.noBody()).build()).statusCode();
        assertEquals(405, st);
    }

    @Test
    void voidCountsMatchTheEndpoint() {
        Model m = parse(s.get(".well-known/void", "Accept", "text/turtle"), Lang.TURTLE);
        String q = "PREFIX void: <http://rdfs.org/ns/void#> SELECT ?n WHERE { ?d void:triples ?n ; void:sparqlEndpoint ?e ; void:dataDump ?dump }";
        try (QueryExecution qe = QueryExecution.create(q, m)) {
            long triples = qe.execSelect().next().getLiteral("n").getLong();
            String csv = s.get("sparql?query=SELECT%20(COUNT(*)%20AS%20?n)%20WHERE%20%7B?s%20?p%20?o%7D", "Accept", "text/csv").body();
            assertEquals(Long.parseLong(csv.lines().skip(1).findFirst().orElseThrow().trim()), triples);
        }
    }

    @Test
    void dumpsHaveTheirMediaTypesAndHoldEveryQuad() {
        HttpResponse<String> nq = s.get("dump.nq");
        assertEquals("application/n-quads", nq.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
        Dataset a = DatasetFactory.create();
        RDFParser.fromString(nq.body(), Lang.NQUADS).parse(a);
        HttpResponse<String> trig = s.get("dump.trig");
        assertEquals("application/trig", trig.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
        Dataset b = DatasetFactory.create();
        RDFParser.fromString(trig.body(), Lang.TRIG).parse(b);
        assertEquals(a.asDatasetGraph().stream().count(), b.asDatasetGraph().stream().count());
        assertTrue(a.asDatasetGraph().stream().count() > 9000);
    }

    @Test
    void corsIsOpenForReadingWithoutCredentials() {
        HttpResponse<String> r = s.get("sparql?query=ASK%7B%7D", "Origin", "https://yasgui.example");
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        assertFalse(r.headers().firstValue("Access-Control-Allow-Credentials").isPresent());
        HttpResponse<String> pre = s.send(HttpRequest.newBuilder(URI.create(s.base + "sparql"))
                .header("Origin", "https://yasgui.example").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(204, pre.statusCode());
        assertFalse(pre.headers().firstValue("Access-Control-Allow-Methods").orElseThrow().contains("PUT"));
    }

    @Test
    void aTakenPortIsAClearError() {
        KgException e = assertThrows(KgException.class,
                () -> new RunningServer(ServerOptions.defaults().withPort(s.server.port())).close());
        assertTrue(e.getMessage().contains("port " + s.server.port()) && e.getMessage().contains("--port"), e.getMessage());
    }
}
