package dev.chinaai.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pages for looking (timeline, neighbourhood picture, debates, article legend) on the real server:
 * what they draw is checked against what the SPARQL endpoint of the same server says.
 */
class ExplorePagesTest extends ServerTestBase {
    /** The time properties and the items they date, as the endpoint answers (the expected numbers come from here). */
    static final String TIMED = "PREFIX cai: <ontology#>\nSELECT (COUNT(DISTINCT ?t) AS ?n) WHERE {\n"
            + "  VALUES ?p { cai:time cai:founded cai:released cai:adopted cai:announced cai:published cai:tookPlace }\n"
            + "  ?t a cai:TimeDescription . %s }";
    static final int MAX_PAGE = 150 * 1024;

    static String timedInvolving(String entityPath) {
        return TIMED.formatted("{ BIND(<" + entityPath + "> AS ?s) ?s ?p ?t } UNION { ?s ?q <" + entityPath + "> . ?s ?p ?t }");
    }

    private static String html(String path) {
        HttpResponse<String> r = s.get(path, "Accept", "text/html");
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r.body();
    }

    static List<List<String>> csv(RunningServer server, String query) {
        HttpResponse<String> r = server.get("sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "Accept", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        List<List<String>> rows = new ArrayList<>();
        String[] lines = r.body().split("\r\n");
        for (int i = 1; i < lines.length; i++) {
            rows.add(List.of(lines[i].split(",", -1)));
        }
        return rows;
    }

    static int count(RunningServer server, String query) {
        return Integer.parseInt(csv(server, query).get(0).get(0));
    }

    private static int occurrences(String html, String needle) {
        int n = 0;
        for (int i = html.indexOf(needle); i >= 0; i = html.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void timelineDrawsEveryTimedItemOnceAndIsLinkedFromTheNavigation() {
        String page = html("timeline");
        assertEquals(count(s, TIMED.formatted("?s ?p ?t")), occurrences(page, "<li class=\"tl-item\""));
        assertTrue(html("").contains("href=\"" + s.base + "timeline\""), "the navigation links the timeline");
        assertTrue(page.length() < MAX_PAGE, "timeline page is " + page.length() + " bytes");
    }

    @Test
    void timelineFilteredByAnEntityShowsExactlyTheItemsThatInvolveIt() {
        String page = html("timeline?entity=id/deepseek");
        int expected = count(s, timedInvolving(s.base + "id/deepseek"));
        assertTrue(expected > 0);
        int all = occurrences(page, "<li class=\"tl-item\"");
        int hidden = occurrences(page, "\" hidden>");
        assertEquals(expected, all - hidden);
        assertTrue(page.contains(expected + " of " + all + " items"));
        assertTrue(page.contains("<option value=\"id/deepseek\" selected>"));
        assertEquals(expected, occurrences(html("id/deepseek.html"), "<li class=\"tl-item\""), "the entity page shows the same items");
    }

    @Test
    void vagueTimesAreIntervalsExactDaysAreDotsUndatedItemsGetNoDate() {
        String page = html("timeline");
        String vague = row(page, "Frühsommer 2025");
        assertTrue(vague.contains("data-when=\"interval\"") && vague.contains("<rect class=\"interval"), vague);
        assertTrue(vague.contains("2025-01-01 – 2025-12-31"), "the interval the graph gives: the year 2025");
        String exact = row(page, "Am 5. September");
        assertTrue(exact.contains("data-when=\"exact\"") && exact.contains("<circle class=\"exact"), exact);
        String undated = row(page, "im vergangenen Juli");
        assertTrue(undated.contains("data-when=\"undated\"") && !undated.contains("<svg"), undated);
        assertTrue(page.indexOf(undated) > page.indexOf("Without a date"), "undated items are listed beside the axis");
    }

    /** The timeline row (li) that shows the words. */
    private static String row(String page, String words) {
        int at = page.indexOf(">" + words + "<");
        assertTrue(at > 0, "no row with " + words);
        return page.substring(page.lastIndexOf("<li class=\"tl-item\"", at), page.indexOf("</li>", at));
    }

    @Test
    void unknownFilterValuesAreOneLine400s() {
        HttpResponse<String> r = s.get("timeline?entity=id/nobody");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().startsWith("entity=id/nobody is in no timeline item") && !r.body().strip().contains("\n"), r.body());
        assertEquals(400, s.get("timeline?article=id/deepseek").statusCode());
        assertEquals(400, s.get("claims?about=id/nobody").statusCode());
    }

    @Test
    void neighbourhoodOfDeepSeekLinksItsNeighboursColouredByClass() {
        String page = html("id/deepseek.html");
        String svg = page.substring(page.indexOf("<figure class=\"nbh\">"), page.indexOf("</figure>"));
        assertTrue(svg.contains("<a class=\"node\" href=\"" + s.base + "id/hangzhou.html\""), svg);
        assertTrue(svg.contains("<a class=\"node\" href=\"" + s.base + "id/liang-wenfeng.html\""), svg);
        assertTrue(svg.contains("class=\"c-place\"") && svg.contains("class=\"c-person\""), "nodes coloured by class");
        assertTrue(svg.contains(">headquarters</text>") && svg.contains(">founded by</text>"), "edges labelled");
        int neighbours = count(s, "SELECT (COUNT(DISTINCT ?n) AS ?c) WHERE { { <" + s.base + "id/deepseek> ?p ?n } UNION { ?n ?p <"
                + s.base + "id/deepseek> } FILTER(STRSTARTS(STR(?n), \"" + s.base + "id/\") && !CONTAINS(STR(?n), \"#\")) }");
        assertEquals(Math.min(24, neighbours), occurrences(svg, "<a class=\"node\""));
        assertTrue(page.length() < MAX_PAGE, "entity page is " + page.length() + " bytes");
    }

    @Test
    void debatesSetContradictingClaimsSideBySideWithTheirNote() {
        String page = html("claims");
        assertTrue(html("").contains("href=\"" + s.base + "claims\""), "the navigation links the debates");
        Matcher m = Pattern.compile("<div class=\"claimlink contradicts\" data-from=\"([^\"]+)\" data-to=\"([^\"]+)\">").matcher(page);
        assertTrue(m.find(), "a contradicting pair is drawn");
        List<List<String>> pair = csv(s, "PREFIX cai: <ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "SELECT ?note WHERE { ?l a cai:ContradictionLink ; cai:fromClaim <" + m.group(1) + "> ; cai:toClaim <" + m.group(2)
                + "> ; rdfs:comment ?note }");
        assertEquals(1, pair.size(), "the drawn pair is a contradiction link of the graph");
        String before = page.substring(page.lastIndexOf("<article class=\"claim\"", m.start()), m.start());
        String after = page.substring(m.end(), page.indexOf("</article>", m.end()));
        assertTrue(before.contains("<blockquote class=\"de\" lang=\"de\">") && before.contains("<blockquote class=\"en\" lang=\"en\">"));
        assertTrue(after.contains("<blockquote class=\"de\" lang=\"de\">") && after.contains("<blockquote class=\"en\" lang=\"en\">"));
        assertTrue(page.length() < MAX_PAGE, "debates page is " + page.length() + " bytes");
        int oneLine = 0;
        for (Matcher list = Pattern.compile("<ul class=\"singles-compact\">(.*?)</ul>", Pattern.DOTALL).matcher(page); list.find();) {
            oneLine += occurrences(list.group(1), "<li>");
        }
        assertEquals(count(s, "PREFIX cai: <ontology#>\nSELECT (COUNT(?c) AS ?n) WHERE { ?c a cai:Claim }"),
                occurrences(page, "<article class=\"claim\"") + oneLine, "every claim once: in full in a thread, or one line");
    }

    @Test
    void articleLegendNamesEveryMentionedEntityAndHighlightsSayWhatTheySupport() {
        String page = html("id/article-004.html");
        int mentioned = count(s, "PREFIX cai: <ontology#>\nPREFIX oa: <http://www.w3.org/ns/oa#>\n"
                + "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?x oa:hasSource <" + s.base + "id/article-004> ; cai:mentions ?e "
                + "FILTER(STRSTARTS(STR(?e), \"" + s.base + "id/\")) }");
        assertEquals(mentioned, occurrences(page, "<button type=\"button\" class=\"ent\""));
        assertTrue(page.contains("data-entity=\"id/deepseek\""));
        Matcher hl = Pattern.compile("<a class=\"hl\" href=\"[^\"]*deepseek-hq-hangzhou.html\" data-m=\"([^\"]*)\" aria-describedby=\"([^\"]+)\">")
                .matcher(page);
        assertTrue(hl.find());
        assertTrue(List.of(hl.group(1).split(" ")).contains("id/deepseek"), hl.group(1));
        String tip = page.substring(page.indexOf("id=\"" + hl.group(2) + "\""), page.indexOf("</span>", page.indexOf("id=\"" + hl.group(2) + "\"")));
        assertTrue(tip.contains("DeepSeek · headquarters · Hangzhou"), tip);
        assertTrue(page.contains("static/explore.js"));
        assertEquals(200, s.get("static/explore.js").statusCode());
    }
}
