package dev.chinaai.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.server.options.ServerOptions;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

/**
 * TopBraid SHACL, an engine independent of the build's (Jena SHACL),
 * validates the dump the server serves against the shapes it serves, with the
 * server publishing under a base that is not the canonical one. With one
 * violation planted per SHACL-SPARQL constraint, each is reported at its
 * planted node, and nothing else is reported. Constraints whose prefixes still named the
 * canonical base (issue 13, defect 1) matched nothing and reported nothing.
 */
class ExternalShaclTest {
    private static final String BASE = "https://example.org/china-ai/";

    @Test
    void topBraidFindsEveryPlantedSparqlViolationInTheServedDump() {
        try (RunningServer server = new RunningServer(new ServerOptions(0, BASE, null, null, null, true))) {
            String local = "http://localhost:" + server.server.port() + "/";
            Model shapes = ModelFactory.createDefaultModel();
            RDFParser.fromString(body(server, local + "shapes.ttl"), Lang.TURTLE).base(BASE).parse(shapes);
            Dataset dump = DatasetFactory.create();
            RDFParser.fromString(body(server, local + "dump.nq"), Lang.NQUADS).parse(dump);
            Model data = ModelFactory.createDefaultModel().add(dump.getUnionModel());

            Map<String, String> planted = plant(data);
            assertEquals(sparqlConstraints(shapes), planted.size(), "one planted violation per SHACL-SPARQL constraint");
            List<String> reported = results(TopBraid.validate(data, shapes));
            List<String> missed = new ArrayList<>();
            planted.forEach((message, focus) -> {
                if (!reported.contains(focus + " | " + message)) {
                    missed.add(message + " at " + focus);
                }
            });
            assertTrue(missed.isEmpty(), "TopBraid did not report: " + missed + "\nreported: " + reported);
            // One run serves both checks: whatever is reported besides the plants is a real finding in the served dump.
            List<String> unplanted = reported.stream().filter(r -> !r.startsWith(BASE + "planted/")).toList();
            assertTrue(unplanted.isEmpty(), "the served dump itself conforms for TopBraid too: " + unplanted);
        }
    }

    private static String body(RunningServer server, String url) {
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/turtle").build());
        assertEquals(200, r.statusCode(), url);
        return r.body();
    }

    private static int sparqlConstraints(Model shapes) {
        return shapes.listStatements(null, shapes.createProperty("http://www.w3.org/ns/shacl#sparql"), (Resource) null)
                .toList().size();
    }

    /** Each result as "focus node | message". */
    private static List<String> results(Model report) {
        List<String> out = new ArrayList<>();
        String q = "PREFIX sh: <http://www.w3.org/ns/shacl#> SELECT ?f ?m WHERE { ?r a sh:ValidationResult ; sh:focusNode ?f ; "
                + "sh:resultMessage ?m }";
        try (QueryExecution qe = QueryExecution.create(q, report)) {
            qe.execSelect().forEachRemaining((QuerySolution s) -> out.add(s.get("f") + " | " + s.getLiteral("m").getString()));
        }
        return out;
    }

    /**
     * Adds to the data one node per SHACL-SPARQL constraint that breaks it and
     * nothing else of it; returns each constraint's message with its planted node.
     */
    private static Map<String, String> plant(Model data) {
        String excerpt = one(data, "SELECT ?x WHERE { ?x a cai:Excerpt ; oa:hasSource ?s }", "x");
        String otherArticle = one(data, "SELECT ?a WHERE { <" + excerpt + "> oa:hasSource ?s . ?a a cai:Article FILTER(?a != ?s) }",
                "a");
        String p = "planted/";
        String turtle = """
                @prefix cai: <%1$sontology#> . @prefix oa: <http://www.w3.org/ns/oa#> .
                @prefix prov: <http://www.w3.org/ns/prov#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <%1$s%2$smodel> a cai:Model ; cai:successorOf <%1$s%2$smodel> .
                <%1$s%2$sclaim-source> a cai:Claim ; cai:reportedIn <%3$s> ; cai:statedIn <%4$s> .
                <%1$s%2$sclaim-amount> a cai:Claim ; cai:valueAmount 5.0 .
                <%1$s%2$sclaim-rendered> a cai:Claim ; cai:rendering <%1$s%2$srendering> .
                <%1$s%2$srendering> a cai:Rendering ; prov:wasDerivedFrom <%4$s> .
                <%1$s%2$sarticle> a cai:Article ; cai:length 5 ; cai:sourceText "Hello world example" .
                <%1$s%2$sexcerpt> a cai:Excerpt ; oa:hasSource <%1$s%2$sarticle> ;
                    oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact "World" ; oa:prefix "XX" ; oa:suffix "YY" ] ,
                                   [ a oa:TextPositionSelector ; oa:start "6"^^xsd:nonNegativeInteger ;
                                     oa:end "11"^^xsd:nonNegativeInteger ] .
                <%1$s%2$stime-resolution> a cai:TimeDescription ; cai:dateResolution "year"@en .
                <%1$s%2$stime-bounds> a cai:TimeDescription ; cai:notBefore "2025-01-01"^^xsd:date ;
                    cai:notAfter "2024-01-01"^^xsd:date .
                <%1$s%2$smerged> a cai:Lab , cai:Actor ; <http://purl.org/dc/terms/replaces> <%1$s%2$sold> .
                <%1$s%2$sold> a cai:Lab , cai:Actor .
                <%1$s%2$sevent> a cai:Event ; cai:tookPlace <%1$s%2$swhen> ; cai:founded <%1$s%2$swhen> .
                <%1$s%2$swhen> a cai:TimeDescription .
                <%1$s%2$slink> a cai:SupportLink ; cai:fromClaim <%1$s%2$sclaim-amount> ; cai:toClaim <%1$s%2$sclaim-source> .
                <%1$s%2$sstatement> a cai:Statement ; cai:about <%1$s%2$smodel> ; cai:predicate cai:developer ;
                    cai:value <%1$s%2$sevent> .
                <%1$s%2$scaption> a cai:Excerpt ; cai:pagePart cai:PagePart-caption .
                <%1$s%2$sclaim-caption> a cai:Claim ; cai:statedIn <%1$s%2$scaption> .
                <%1$s%2$shedged-claim> a cai:Claim ; cai:hedge cai:Hedge-modal ; cai:statedIn <%1$s%2$shedged-excerpt> ;
                    cai:about <%1$s%2$smodel> .
                <%1$s%2$shedged-fact> a cai:Statement ; cai:statedIn <%1$s%2$shedged-excerpt> ; cai:about <%1$s%2$smodel> .
                <%1$s%2$stime-date> a cai:TimeDescription ; cai:date "2020"^^xsd:gYear .
                <%1$s%2$sinstant> a <http://www.w3.org/2006/time#Instant> ;
                    <http://www.w3.org/2006/time#inXSDgYear> "2020"^^xsd:gYear ;
                    <http://www.w3.org/2006/time#inXSDDate> "2020-01-01"^^xsd:date .
                <%1$s%2$sinterval> a <http://www.w3.org/2006/time#Interval> ;
                    <http://www.w3.org/2006/time#hasBeginning> <%1$s%2$sinterval-begin> ;
                    <http://www.w3.org/2006/time#hasEnd> <%1$s%2$sinterval-end> .
                <%1$s%2$sinterval-begin> a <http://www.w3.org/2006/time#Instant> ;
                    <http://www.w3.org/2006/time#inXSDgYear> "2022"^^xsd:gYear .
                <%1$s%2$sinterval-end> a <http://www.w3.org/2006/time#Instant> ;
                    <http://www.w3.org/2006/time#inXSDgYear> "2017"^^xsd:gYear .
                """.formatted(BASE, p, otherArticle, excerpt);
        RDFParser.fromString(turtle, Lang.TURTLE).parse(data);
        Map<String, String> m = new LinkedHashMap<>();
        m.put("a model cannot be its own successor or version", BASE + p + "model");
        m.put("a claim's excerpts must come from the article that reports it", BASE + p + "claim-source");
        m.put("a value with an amount needs a unit and the text as written, and a range maximum needs an amount not above it",
                BASE + p + "claim-amount");
        m.put("a rendering is derived from an excerpt its claim is not stated in", BASE + p + "rendering");
        m.put("cai:length must be the number of characters (code points) of the source text", BASE + p + "article");
        m.put("the quote selector's exact text is not the substring of the source text at the position selector's offsets",
                BASE + p + "excerpt");
        m.put("the quote selector's prefix does not come right before the excerpt in the source text", BASE + p + "excerpt");
        m.put("the quote selector's suffix does not come right after the excerpt in the source text", BASE + p + "excerpt");
        m.put("a resolution explains a date or a bound: give cai:date, cai:notBefore or cai:notAfter with it",
                BASE + p + "time-resolution");
        m.put("the lower bound (cai:notBefore) is after the upper bound (cai:notAfter)", BASE + p + "time-bounds");
        m.put("a replaced IRI is still an entity of its own: after a merge, the old entity is gone and its IRI redirects",
                BASE + p + "merged");
        m.put("an event that took place was not founded: its date is cai:tookPlace, founding (cai:founded) is for a lasting "
                + "forum or series", BASE + p + "event");
        m.put("a claim link is not backed by the plain cai:supports / cai:contradicts triple between its claims", BASE + p + "link");
        m.put("a fact's statement stands beside its direct triple (about, predicate, value)", BASE + p + "statement");
        m.put("page furniture (headline, teaser, byline, caption, credit) carries no claim", BASE + p + "caption");
        m.put("a hedged claim's excerpt also supports a plain fact about what the claim reports: a hedge ('soll', "
                + "'so Experten', 'laut Medienberichten') covers the whole statement", BASE + p + "hedged-claim");
        m.put("a time with a date is a time:Instant at that date, of the same precision (time:inXSDgYear, inXSDgYearMonth, "
                + "inXSDDate or inXSDDateTime)", BASE + p + "time-date");
        m.put("an instant has at most one time:inXSD... position", BASE + p + "instant");
        m.put("an interval begins after it ends", BASE + p + "interval");
        return m;
    }

    private static String one(Model data, String select, String var) {
        String q = "PREFIX cai: <" + BASE + "ontology#> PREFIX oa: <http://www.w3.org/ns/oa#> " + select + " LIMIT 1";
        try (QueryExecution qe = QueryExecution.create(q, data)) {
            return qe.execSelect().next().getResource(var).getURI();
        }
    }
}
