package dev.chinaai.kg.server.pages;

import dev.chinaai.kg.publication.SourceTextMode;
import dev.chinaai.kg.publication.SourceTexts;
import dev.chinaai.kg.server.http.Publication;
import dev.chinaai.kg.server.pages.explore.ArticleLegend;
import dev.chinaai.kg.vocab.OA;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * The source page of an article: its full text cut into segments at every
 * excerpt boundary, each segment inside an excerpt highlighted and linked to
 * the excerpt's page, with an anchor where each excerpt starts (so a quote
 * elsewhere links to {@code article.html#x-<excerpt>}). Offsets are code
 * points, as the Web Annotation selectors give them. Each highlight carries
 * the entities its excerpts name (for the legend) and what it supports.
 */
final class ArticleView {
    private record Span(int start, int end, Node excerpt, List<String> mentions, List<String> supports) {
    }

    private static final java.util.regex.Pattern WITHHELD_RUN = java.util.regex.Pattern.compile(SourceTexts.WITHHELD + "+");

    private ArticleView() {
    }

    static Map<String, Object> of(Publication pub, Node article) {
        Graph g = pub.dataset().getUnionGraph();
        String text = g.find(article, pub.term("sourceText"), Node.ANY).nextOptional()
                .map(t -> t.getObject().getLiteralLexicalForm()).orElse("");
        List<Span> spans = new ArrayList<>();
        for (Triple t : g.find(Node.ANY, OA.hasSource.asNode(), article).toList()) {
            Node x = t.getSubject();
            int[] se = {-1, -1};
            g.find(x, OA.hasSelector.asNode(), Node.ANY).forEachRemaining(s -> {
                g.find(s.getObject(), OA.start.asNode(), Node.ANY).forEachRemaining(v -> se[0] = number(v.getObject()));
                g.find(s.getObject(), OA.end.asNode(), Node.ANY).forEachRemaining(v -> se[1] = number(v.getObject()));
            });
            if (se[0] >= 0 && se[1] > se[0]) {
                spans.add(new Span(se[0], se[1], x, ArticleLegend.mentions(pub, x), ArticleLegend.supports(pub, x)));
            }
        }
        Map<String, Object> v = new HashMap<>();
        v.put("paragraphs", paragraphs(text, spans));
        v.put("excerptCount", spans.size());
        v.put("legend", ArticleLegend.legend(pub, spans.stream().map(Span::mentions).toList()));
        SourceTextMode mode = pub.sourceTextMode();
        v.put("sourceNote", mode == SourceTextMode.FULL ? Boolean.FALSE : mode.carries());
        return v;
    }

    private static int number(Node n) {
        return Integer.parseInt(n.getLiteralLexicalForm());
    }

    /** Segments grouped by line of the source text, so that paragraphs stay paragraphs. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> paragraphs(String text, List<Span> spans) {
        TreeSet<Integer> cuts = new TreeSet<>();
        int length = text.codePointCount(0, text.length());
        cuts.add(0);
        cuts.add(length);
        for (Span s : spans) {
            cuts.add(Math.min(s.start, length));
            cuts.add(Math.min(s.end, length));
        }
        for (int i = 0, cp = 0; i < text.length(); cp++) {
            int c = text.codePointAt(i);
            if (c == '\n') {
                cuts.add(cp);
                cuts.add(cp + 1);
            }
            i += Character.charCount(c);
        }
        List<Map<String, Object>> paragraphs = new ArrayList<>();
        List<Map<String, Object>> current = new ArrayList<>();
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null) {
                String seg = text.substring(text.offsetByCodePoints(0, prev), text.offsetByCodePoints(0, cut));
                if (seg.equals("\n")) {
                    paragraphs.add(Map.of("segments", current));
                    current = new ArrayList<>();
                } else {
                    current.add(segment(seg, prev, cut, spans));
                }
            }
            prev = cut;
        }
        paragraphs.add(Map.of("segments", current));
        int[] tip = {0};
        paragraphs.forEach(p -> ((List<Map<String, Object>>) p.get("segments")).forEach(seg -> {
            if (seg.containsKey("supports")) {
                seg.put("tip", "sup-" + tip[0]++);
            }
        }));
        return paragraphs;
    }

    private static Map<String, Object> segment(String seg, int start, int end, List<Span> spans) {
        Map<String, Object> m = new HashMap<>();
        // Withheld characters (see SourceTexts) keep the offsets; on the page a run of them is one gap.
        m.put("text", WITHHELD_RUN.matcher(seg).replaceAll("[…]"));
        List<String> anchors = new ArrayList<>();
        Span covering = null;
        TreeSet<String> mentions = new TreeSet<>();
        for (Span s : spans) {
            if (s.start <= start && end <= s.end) {
                mentions.addAll(s.mentions);
            }
            if (s.start == start) {
                anchors.add("x-" + s.excerpt.getURI().substring(s.excerpt.getURI().lastIndexOf('/') + 1));
            }
            if (s.start <= start && end <= s.end && (covering == null || s.end - s.start < covering.end - covering.start)) {
                covering = s;
            }
        }
        m.put("anchors", anchors);
        if (covering != null) {
            m.put("href", covering.excerpt.getURI() + ".html");
            m.put("highlight", true);
            m.put("mentions", String.join(" ", mentions));
            m.put("supports", covering.supports);
        }
        return m;
    }
}
