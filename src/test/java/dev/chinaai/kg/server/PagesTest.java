package dev.chinaai.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import dev.chinaai.kg.publication.SourceTextMode;
import dev.chinaai.kg.publication.SourceTexts;
import dev.chinaai.kg.vocab.CAI;
import dev.chinaai.kg.vocab.OA;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;

/** The HTML pages of the real server in each source-text mode: content a reader needs, escaping, security headers. */
class PagesTest extends ModeServerTestBase {
    private static String page(String path) {
        HttpResponse<String> r = s.get(path, "Accept", "text/html");
        assertEquals(200, r.statusCode(), path);
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElseThrow().contains("default-src 'self'"));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElseThrow());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:<script[^>]*\\ssrc|<link[^>]*\\shref|<img[^>]*\\ssrc)=\"([^\"]*)\"")
                .matcher(r.body());
        while (m.find()) {
            assertTrue(m.group(1).startsWith(s.base), path + " loads " + m.group(1) + " from elsewhere");
        }
        return r.body();
    }

    @Test
    void entityPageShowsLabelsTypesStatementsAndTheirQuotesInContext() {
        String html = page("id/deepseek.html");
        assertTrue(html.contains("<h1>DeepSeek</h1>"));
        assertTrue(html.contains("<mark>Dort befindet sich auch der Stammsitz von Deepseek.</mark>"), "the quote, highlighted");
        assertTrue(html.contains(s.base + "id/article-004.html#x-deepseek-hq-hangzhou"), "link to the place in the source");
        assertTrue(html.contains("Claims about DeepSeek"));
        assertTrue(html.contains("<span lang=\"en\">Chinese AI lab</span>"), "a literal is text, not a link");
    }

    @Test
    void sourcePageHighlightsEveryExcerptWithAnAnchor() {
        String html = page("id/article-004.html");
        assertTrue(html.contains("id=\"x-deepseek-hq-hangzhou\""));
        assertTrue(html.contains("class=\"hl\" href=\"" + s.base + "excerpt/004/"));
    }

    @Test
    void sourcePageAndDumpsCarryWhatTheModePublishes() {
        String[] found = unquotedText();
        String unquoted = found[1];
        String html = page("id/" + found[0] + ".html");
        String nq = s.get("dump.nq").body();
        String voidTtl = s.get(".well-known/void", "Accept", "text/turtle").body();
        boolean full = mode == SourceTextMode.FULL;
        assertEquals(full, html.contains(unquoted), "text no excerpt quotes, on the source page: " + unquoted);
        assertEquals(full, nq.contains(unquoted), "text no excerpt quotes, in the dump: " + unquoted);
        assertEquals(!full, html.contains("[…]"), "withheld text is one visible gap");
        String quote = plainQuoteOf(found[0]);
        assertTrue(html.contains(quote), "a quote is always there: " + quote);
        assertTrue(nq.contains(quote), "a quote is always in the dump: " + quote);
        assertTrue(voidTtl.contains("source-text mode '" + mode.optionValue() + "'"), voidTtl);
        assertEquals(mode == SourceTextMode.NONE, !nq.contains("#quote> <http://www.w3.org/ns/oa#prefix>"),
                "quote prefixes go with the surrounding text only in mode none");
    }

    /** An article and a stretch of its own words that lies farther than the context window from every excerpt. */
    private static String[] unquotedText() {
        DatasetGraph masked = SourceTexts.apply(TestGraph.dataset(), SourceTextMode.CONTEXT);
        for (int i = 0; i < 5; i++) {
            Node a = NodeFactory.createURI(CAI.BASE + "id/article-00" + i);
            String full = text(TestGraph.dataset(), a);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(SourceTexts.WITHHELD + "{30,}").matcher(text(masked, a));
            while (m.find() && full.length() == text(masked, a).length()) {
                java.util.regex.Matcher words = java.util.regex.Pattern.compile("[\\p{L} ]{20}")
                        .matcher(full.substring(m.start(), m.end()));
                if (words.find()) {
                    return new String[] {"article-00" + i, words.group()};
                }
            }
        }
        throw new AssertionError("no article has a long unquoted stretch of words");
    }

    /** A quote of the article without characters that HTML or N-Quads would escape. */
    private static String plainQuoteOf(String article) {
        Node a = NodeFactory.createURI(CAI.BASE + "id/" + article);
        DatasetGraph d = TestGraph.dataset();
        for (var x = d.find(Node.ANY, Node.ANY, OA.hasSource.asNode(), a); x.hasNext(); ) {
            for (var sel = d.find(Node.ANY, x.next().getSubject(), OA.hasSelector.asNode(), Node.ANY); sel.hasNext(); ) {
                for (var e = d.find(Node.ANY, sel.next().getObject(), OA.exact.asNode(), Node.ANY); e.hasNext(); ) {
                    String q = e.next().getObject().getLiteralLexicalForm();
                    if (q.length() > 30 && q.matches("[\\p{L} ,.]+")) {
                        return q;
                    }
                }
            }
        }
        throw new AssertionError(article + " has no plain quote");
    }

    private static String text(DatasetGraph d, Node article) {
        return d.find(Node.ANY, article, CAI.sourceText.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
    }

    @Test
    void searchPageMarksTheHitAndFindsGermanWordForms() {
        String html = page("search?q=" + URLEncoder.encode("Sanktion", StandardCharsets.UTF_8));
        assertTrue(html.contains("<mark>Sanktionen</mark>"), html);
    }

    @Test
    void searchTextIsEscapedInThePage() {
        String html = page("search?q=" + URLEncoder.encode("\"><script>alert(1)</script>", StandardCharsets.UTF_8));
        assertTrue(!html.contains("<script>alert(1)</script>"));
        assertTrue(html.contains("&lt;script&gt;"));
    }

    @Test
    void landingPageHasCountsSearchAndExampleQueries() {
        String html = page("");
        assertTrue(html.contains("action=\"" + s.base + "search\""));
        assertTrue(html.contains("href=\"query?query"), "example questions open in the query page");
        assertTrue(html.matches("(?s).*<strong>\\d+</strong> claims.*"), "claim count shown");
    }

    @Test
    void queryPageWorksWithoutInternet() {
        String html = page("query?query=" + URLEncoder.encode("SELECT * WHERE { ?s ?p ?o } LIMIT 1", StandardCharsets.UTF_8));
        for (String file : new String[] {"static/vendor/yasgui/yasgui.min.js", "static/vendor/yasgui/yasgui.min.css",
                "static/editor.js", "static/chart.js"}) {
            assertTrue(html.contains(s.base + file), file + " is linked from this server");
            assertEquals(200, s.get(file).statusCode(), file);
        }
    }

    @Test
    void queryPageGalleryListsEveryPublicQuestion() throws java.io.IOException {
        String html = page("query");
        List<java.nio.file.Path> questions;
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of("src/test/resources/questions"))) {
            questions = files.filter(p -> p.toString().endsWith(".rq")).toList();
        }
        for (java.nio.file.Path q : questions) {
            String name = q.getFileName().toString().replace(".rq", "");
            assertTrue(html.contains("data-example=\"" + name + "\">"), name + " is in the gallery");
        }
        assertEquals(questions.size(), html.split("data-example=").length - 1, "one example per question file");
        assertTrue(html.contains("data-example=\"13-organisations-in-hangzhou\">Which organisations are based in Hangzhou?</a>"),
                "an example is named by its English question");
        assertTrue(html.contains("<script type=\"application/json\" id=\"editor-config\">"), "completion data is a data block, not a script");
        assertTrue(html.contains("ontology#Organization"), "completion offers the ontology's classes");
    }
}
