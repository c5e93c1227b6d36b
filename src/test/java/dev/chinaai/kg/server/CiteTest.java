package dev.chinaai.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.junit.jupiter.api.Test;

/**
 * "Cite this": the BibTeX, RIS and CSL-JSON of an excerpt carry the values the
 * graph holds (asked of the server's own SPARQL endpoint): article title,
 * publisher, date, URL, the quoted words and their character offsets. BibTeX is
 * parsed with jbibtex, CSL-JSON with Gson, RIS line by line.
 */
class CiteTest extends ServerTestBase {
    private static final String EXCERPT = "excerpt/001/sasac-central-soes";

    /** What the graph says about the excerpt and its article. */
    private static Map<String, String> graph() {
        String q = """
                PREFIX cai: <ontology#> PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?article ?title ?publisher ?date ?exact ?start ?end WHERE {
                  <%s> oa:hasSource ?article ; oa:hasSelector ?q, ?p . ?q oa:exact ?exact . ?p oa:start ?start ; oa:end ?end .
                  ?article cai:title ?title FILTER(LANG(?title) = "de")
                  ?article cai:publisher/rdfs:label ?publisher FILTER(LANG(?publisher) = "en")
                  ?article cai:published/cai:date ?date }""".formatted(s.base + EXCERPT);
        HttpResponse<String> r = s.send(HttpRequest.newBuilder(URI.create(s.base + "sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).build());
        JsonArray rows = JsonParser.parseString(r.body()).getAsJsonObject().getAsJsonObject("results").getAsJsonArray("bindings");
        assertEquals(1, rows.size(), r.body());
        Map<String, String> out = new HashMap<>();
        rows.get(0).getAsJsonObject().entrySet().forEach(e -> out.put(e.getKey(), e.getValue().getAsJsonObject().get("value").getAsString()));
        return out;
    }

    private static String get(String path, String type) {
        HttpResponse<String> r = s.get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(type), path);
        return r.body();
    }

    @Test
    void cslJsonCarriesTheGraphsValues() {
        Map<String, String> g = graph();
        JsonArray items = JsonParser.parseString(get("cite/" + EXCERPT + ".json", "application/vnd.citationstyles.csl+json"))
                .getAsJsonArray();
        assertEquals(2, items.size(), "the article and the excerpt");
        JsonObject article = items.get(0).getAsJsonObject();
        assertEquals("article-newspaper", article.get("type").getAsString());
        assertEquals(g.get("title"), article.get("title").getAsString());
        assertEquals(g.get("publisher"), article.get("publisher").getAsString());
        assertEquals(g.get("article"), article.get("URL").getAsString());
        assertEquals(g.get("date").substring(0, 10), dateParts(article));
        JsonObject excerpt = items.get(1).getAsJsonObject();
        assertEquals(g.get("exact"), excerpt.get("title").getAsString());
        assertEquals(g.get("title"), excerpt.get("container-title").getAsString());
        assertEquals(s.base + EXCERPT, excerpt.get("URL").getAsString());
        assertTrue(excerpt.get("note").getAsString().startsWith("Characters " + g.get("start") + "-" + g.get("end") + " of "),
                excerpt.get("note").getAsString());
    }

    private static String dateParts(JsonObject item) {
        JsonArray p = item.getAsJsonObject("issued").getAsJsonArray("date-parts").get(0).getAsJsonArray();
        return String.format("%04d-%02d-%02d", p.get(0).getAsInt(), p.get(1).getAsInt(), p.get(2).getAsInt());
    }

    @Test
    void bibtexParsesAndCarriesTheGraphsValues() throws Exception {
        Map<String, String> g = graph();
        BibTeXDatabase db = new BibTeXParser().parse(new StringReader(get("cite/" + EXCERPT + ".bib", "application/x-bibtex")));
        BibTeXEntry article = db.resolveEntry(new Key("article-001"));
        assertEquals(BibTeXEntry.TYPE_ARTICLE, article.getType());
        assertEquals(g.get("title"), text(article, BibTeXEntry.KEY_TITLE));
        assertEquals(g.get("publisher"), text(article, BibTeXEntry.KEY_JOURNAL));
        assertEquals(g.get("date").substring(0, 4), text(article, BibTeXEntry.KEY_YEAR));
        assertEquals(Integer.toString(Integer.parseInt(g.get("date").substring(5, 7))), text(article, BibTeXEntry.KEY_MONTH));
        assertEquals(g.get("article"), article.getField(BibTeXEntry.KEY_URL).toUserString());
        BibTeXEntry excerpt = db.resolveEntry(new Key("excerpt-001-sasac-central-soes"));
        assertEquals(g.get("exact"), text(excerpt, BibTeXEntry.KEY_TITLE));
        assertTrue(text(excerpt, BibTeXEntry.KEY_NOTE).contains(g.get("start") + "-" + g.get("end")));
    }

    /** A field as a reader sees it: the LaTeX escapes undone. */
    private static String text(BibTeXEntry e, Key key) throws Exception {
        String latex = e.getField(key).toUserString();
        return new LaTeXPrinter().print(new LaTeXParser().parse(latex));
    }

    @Test
    void risCarriesTheGraphsValues() {
        Map<String, String> g = graph();
        String ris = get("cite/" + EXCERPT + ".ris", "application/x-research-info-systems");
        List<Map<String, List<String>>> records = new ArrayList<>();
        Map<String, List<String>> current = null;
        for (String line : ris.split("\r\n")) {
            assertTrue(line.matches("[A-Z][A-Z0-9]  - .*"), "an RIS line: " + line);
            String tag = line.substring(0, 2);
            if (tag.equals("TY")) {
                current = new HashMap<>();
                records.add(current);
            }
            current.computeIfAbsent(tag, k -> new ArrayList<>()).add(line.substring(6));
        }
        assertEquals(2, records.size());
        Map<String, List<String>> article = records.get(0);
        assertEquals(List.of("NEWS"), article.get("TY"));
        assertEquals(List.of(g.get("title")), article.get("TI"));
        assertEquals(List.of(g.get("publisher")), article.get("PB"));
        assertEquals(List.of(g.get("date").substring(0, 10).replace('-', '/') + "/"), article.get("DA"));
        assertEquals(List.of(g.get("article")), article.get("UR"));
        assertEquals(List.of(""), article.get("ER"));
        assertEquals(List.of(g.get("exact")), records.get(1).get("TI"));
        assertEquals(List.of(g.get("title")), records.get(1).get("T2"));
    }

    @Test
    void entityClaimAndExcerptPagesOfferTheirCitations() {
        for (String path : new String[] {"id/deepseek", "claim/a003-r1-cost-5-6-million", EXCERPT, "id/article-003"}) {
            String html = s.get(path + ".html", "Accept", "text/html").body();
            for (String suffix : new String[] {"bib", "ris", "json"}) {
                assertTrue(html.contains("href=\"" + s.base + "cite/" + path + "." + suffix + "\""), path + " offers " + suffix);
            }
            JsonArray items = JsonParser.parseString(get("cite/" + path + ".json", "application/vnd")).getAsJsonArray();
            assertTrue(items.size() >= 1 && items.get(0).getAsJsonObject().get("type").getAsString().equals("article-newspaper"),
                    path + " cites its source article first");
        }
        JsonArray deepseek = JsonParser.parseString(get("cite/id/deepseek.json", "application/vnd")).getAsJsonArray();
        assertTrue(deepseek.asList().stream().anyMatch(i -> i.getAsJsonObject().get("URL").getAsString()
                .equals(s.base + "excerpt/004/deepseek-hq-hangzhou")), "the entity's citations include the excerpts about it");
    }

    @Test
    void landingPageCitesTheDatasetAndUnknownThingsAre404() {
        String html = s.get("", "Accept", "text/html").body();
        assertTrue(html.contains("@misc{china-ai-kg,"), "the landing page shows the dataset's BibTeX");
        JsonObject ds = JsonParser.parseString(get("cite/dataset.json", "application/vnd")).getAsJsonArray().get(0).getAsJsonObject();
        assertEquals("dataset", ds.get("type").getAsString());
        assertEquals("China's AI landscape", ds.get("title").getAsString());
        assertEquals(s.base, ds.get("URL").getAsString());
        assertEquals(404, s.get("cite/id/no-such-thing.json").statusCode());
        assertEquals(404, s.get("cite/id/deepseek.pdf").statusCode());
        assertEquals(404, s.get("cite/graph/ontology.bib").statusCode());
    }
}
