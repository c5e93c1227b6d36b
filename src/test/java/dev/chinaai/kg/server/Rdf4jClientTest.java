package dev.chinaai.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.eclipse.rdf4j.http.client.SPARQLProtocolSession;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.query.QueryResults;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.query.resultio.BooleanQueryResultFormat;
import org.eclipse.rdf4j.query.resultio.TupleQueryResultFormat;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFParserRegistry;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * RDF4J 5 as its users run it, against the real server: SPARQLRepository for
 * SELECT, ASK, CONSTRUCT and DESCRIBE in every result format both sides
 * support, by GET and (for a query longer than RDF4J's URL limit) by POST; and
 * Rio with its default parser settings on the documents the entity, claim and
 * excerpt IRIs dereference to. One dynamic test per cell of the matrix.
 */
class Rdf4jClientTest extends ServerTestBase {
    private static final List<TupleQueryResultFormat> TUPLE = List.of(TupleQueryResultFormat.JSON,
            TupleQueryResultFormat.SPARQL, TupleQueryResultFormat.CSV, TupleQueryResultFormat.TSV);
    private static final List<BooleanQueryResultFormat> BOOLEAN = List.of(BooleanQueryResultFormat.JSON,
            BooleanQueryResultFormat.SPARQL);
    private static final List<RDFFormat> GRAPH = List.of(RDFFormat.TURTLE, RDFFormat.NTRIPLES, RDFFormat.RDFXML,
            RDFFormat.JSONLD, RDFFormat.NQUADS, RDFFormat.TRIG);
    /** A comment that pushes a query past RDF4J's URL limit (rdf4j.sparql.url.maxlength), so it is POSTed. */
    private static final String LONG = "# " + "x".repeat(SPARQLProtocolSession.MAXIMUM_URL_LENGTH) + "\n";

    /** A SPARQLRepository whose session asks for the given formats, as a user would configure it. */
    private static final class Repository extends SPARQLRepository {
        private final TupleQueryResultFormat tuple;
        private final BooleanQueryResultFormat bool;
        private final RDFFormat rdf;

        Repository(String endpoint, TupleQueryResultFormat tuple, BooleanQueryResultFormat bool, RDFFormat rdf) {
            super(endpoint);
            this.tuple = tuple;
            this.bool = bool;
            this.rdf = rdf;
        }

        @Override
        protected SPARQLProtocolSession createSPARQLProtocolSession() {
            SPARQLProtocolSession session = super.createSPARQLProtocolSession();
            if (tuple != null) {
                session.setPreferredTupleQueryResultFormat(tuple);
            }
            if (bool != null) {
                session.setPreferredBooleanQueryResultFormat(bool);
            }
            if (rdf != null) {
                session.setPreferredRDFFormat(rdf);
            }
            return session;
        }
    }

    private interface Use {
        void run(RepositoryConnection c);
    }

    private static void with(TupleQueryResultFormat t, BooleanQueryResultFormat b, RDFFormat r, Use use) {
        Repository repo = new Repository(s.base + "sparql", t, b, r);
        try (RepositoryConnection c = repo.getConnection()) {
            use.run(c);
        } finally {
            repo.shutDown();
        }
    }

    private static String deepseek() {
        return "<" + s.base + "id/deepseek>";
    }

    @TestFactory
    Stream<DynamicTest> sparqlRepositoryMatrix() {
        List<DynamicTest> tests = new ArrayList<>();
        String select = "SELECT ?p ?o WHERE { " + deepseek() + " ?p ?o }";
        String ask = "ASK { " + deepseek() + " ?p ?o }";
        String construct = "CONSTRUCT { " + deepseek() + " ?p ?o } WHERE { " + deepseek() + " ?p ?o }";
        String describe = "DESCRIBE " + deepseek();
        for (String method : List.of("GET", "POST")) {
            String pad = method.equals("POST") ? LONG : "";
            for (TupleQueryResultFormat f : TUPLE) {
                tests.add(DynamicTest.dynamicTest("rdf4j | SELECT | " + method + " | " + f.getDefaultMIMEType(), () -> with(f, null,
                        null, c -> {
                            Set<String> rows = new TreeSet<>();
                            try (TupleQueryResult r = c.prepareTupleQuery(QueryLanguage.SPARQL, pad + select).evaluate()) {
                                for (BindingSet b : r) {
                                    rows.add(b.getValue("p") + " " + b.getValue("o"));
                                }
                            }
                            assertTrue(rows.size() >= 8, rows.toString());
                            assertTrue(rows.stream().anyMatch(x -> x.contains("headquarters")), rows.toString());
                        })));
            }
            for (BooleanQueryResultFormat f : BOOLEAN) {
                tests.add(DynamicTest.dynamicTest("rdf4j | ASK | " + method + " | " + f.getDefaultMIMEType(), () -> with(null, f, null,
                        c -> {
                            assertTrue(c.prepareBooleanQuery(QueryLanguage.SPARQL, pad + ask).evaluate());
                            assertFalse(c.prepareBooleanQuery(QueryLanguage.SPARQL, pad + "ASK { <urn:x:none> ?p ?o }").evaluate());
                        })));
            }
            for (RDFFormat f : GRAPH) {
                for (String form : List.of("CONSTRUCT", "DESCRIBE")) {
                    String q = pad + (form.equals("CONSTRUCT") ? construct : describe);
                    tests.add(DynamicTest.dynamicTest("rdf4j | " + form + " | " + method + " | " + f.getDefaultMIMEType(),
                            () -> with(null, null, f, c -> {
                                Model m = QueryResults.asModel(c.prepareGraphQuery(QueryLanguage.SPARQL, q).evaluate());
                                assertTrue(m.size() >= 8, form + " gave " + m.size());
                                assertTrue(m.subjects().stream().anyMatch(x -> x.stringValue().equals(s.base + "id/deepseek")));
                            })));
                }
            }
        }
        return tests.stream();
    }

    private static String firstUnder(String space) {
        String[] found = new String[1];
        with(TupleQueryResultFormat.JSON, null, null, c -> {
            try (TupleQueryResult r = c.prepareTupleQuery(QueryLanguage.SPARQL, "SELECT ?x WHERE { ?x ?p ?o FILTER(STRSTARTS(STR(?x), \""
                    + s.base + space + "\")) } ORDER BY ?x LIMIT 1").evaluate()) {
                found[0] = r.next().getValue("x").stringValue();
            }
        });
        return found[0];
    }

    /** Dereference as a Linked Data client built on Rio does: Accept every format Rio reads, follow the 303, parse. */
    @TestFactory
    Stream<DynamicTest> rioDereferenceMatrix() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String space : List.of("id/", "claim/", "excerpt/")) {
            tests.add(DynamicTest.dynamicTest("rio | dereference " + space + " | GET | Rio's Accept", () -> {
                String accept = String.join(", ", RDFFormat.getAcceptParams(RDFParserRegistry.getInstance().getKeys(), false,
                        RDFFormat.TURTLE));
                Model m = dereference(firstUnder(space), accept);
                assertTrue(m.size() > 3, space + " gave " + m.size());
            }));
            for (RDFFormat f : GRAPH) {
                tests.add(DynamicTest.dynamicTest("rio | dereference " + space + " | GET | " + f.getDefaultMIMEType(), () -> {
                    String iri = firstUnder(space);
                    Model m = dereference(iri, f.getDefaultMIMEType());
                    assertTrue(m.subjects().stream().anyMatch(x -> x.stringValue().equals(iri)), iri);
                }));
            }
        }
        return tests.stream();
    }

    private static Model dereference(String iri, String accept) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<InputStream> r = client.send(HttpRequest.newBuilder(URI.create(iri)).header("Accept", accept)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, r.statusCode(), iri);
        String type = r.headers().firstValue("Content-Type").orElseThrow().split(";")[0].trim();
        RDFFormat format = Rio.getParserFormatForMIMEType(type).orElseThrow(() -> new AssertionError("Rio has no parser for " + type));
        try (InputStream in = r.body()) {
            return Rio.parse(in, r.uri().toString(), format);
        }
    }
}
