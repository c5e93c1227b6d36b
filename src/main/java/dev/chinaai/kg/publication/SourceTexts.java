package dev.chinaai.kg.publication;

import dev.chinaai.kg.vocab.CAI;
import dev.chinaai.kg.vocab.OA;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;

/**
 * Cuts a validated dataset down to what a {@link SourceTextMode} publishes of
 * the articles. The article's {@code cai:sourceText} keeps its length and every
 * excerpt keeps its offsets: characters that are not published are replaced by
 * {@link #WITHHELD} (line breaks stay, so paragraphs stay paragraphs), so the Web
 * Annotation selectors and {@code cai:length} still hold and the shapes still
 * pass. In {@code context} mode an excerpt's {@code cai:context} is cut to the
 * window; in {@code none} mode it goes, with the selector's prefix and suffix.
 */
public final class SourceTexts {
    /** Stands for each character of an article that is not published. */
    public static final char WITHHELD = '\u2591';

    private SourceTexts() {
    }

    /** The dataset as published in the mode (the same dataset for {@code full}); the input is not changed. */
    public static DatasetGraph apply(DatasetGraph dataset, SourceTextMode mode) {
        if (mode == SourceTextMode.FULL) {
            return dataset;
        }
        DatasetGraph out = DatasetGraphFactory.create();
        dataset.prefixes().forEach((p, u) -> out.prefixes().add(p, u));
        dataset.find().forEachRemaining(out::add);
        return applyInPlace(out, mode);
    }

    /**
     * As {@link #apply}, but changes {@code dataset} itself and returns it: for
     * a caller that owns the dataset and needs no full text after this (a build
     * that publishes it). Only the quads that change are read and rewritten,
     * not the whole graph copied.
     */
    public static DatasetGraph applyInPlace(DatasetGraph dataset, SourceTextMode mode) {
        if (mode == SourceTextMode.FULL) {
            return dataset;
        }
        int window = mode == SourceTextMode.CONTEXT ? SourceTextMode.WINDOW : 0;
        Map<Node, String> texts = new HashMap<>();
        dataset.find(Node.ANY, Node.ANY, CAI.sourceText.asNode(), Node.ANY)
                .forEachRemaining(q -> texts.put(q.getSubject(), q.getObject().getLiteralLexicalForm()));
        Map<Node, List<int[]>> spans = new HashMap<>();
        Map<Node, int[]> excerptSpan = new HashMap<>();
        Map<Node, Node> excerptArticle = new HashMap<>();
        Map<Node, Node> selectorExcerpt = new HashMap<>();
        Spans positions = new Spans(dataset);
        dataset.find(Node.ANY, Node.ANY, OA.hasSource.asNode(), Node.ANY).forEachRemaining(q -> {
            int[] se = positions.of(q.getSubject());
            if (se != null && texts.containsKey(q.getObject())) {
                spans.computeIfAbsent(q.getObject(), k -> new ArrayList<>()).add(se);
                excerptSpan.put(q.getSubject(), se);
                excerptArticle.put(q.getSubject(), q.getObject());
                positions.selectors(q.getSubject()).forEach(s -> selectorExcerpt.put(s, q.getSubject()));
            }
        });
        List<Quad> removed = new ArrayList<>();
        List<Quad> added = new ArrayList<>();
        dataset.find(Node.ANY, Node.ANY, CAI.sourceText.asNode(), Node.ANY).forEachRemaining(q -> {
            removed.add(q);
            added.add(with(q, masked(texts.get(q.getSubject()), spans.getOrDefault(q.getSubject(), List.of()), window)));
            // Said in the data too, so that whoever reads a dump knows what the shaded characters stand for.
            added.add(Quad.create(q.getGraph(), q.getSubject(), DCTerms.rights.asNode(), NodeFactory.createLiteralLang(
                    "This publication carries " + mode.carries() + "; every other character of the article is "
                    + "replaced by " + WITHHELD + " (offsets stay valid). The full text is not licensed to us for "
                    + "republication.", "en")));
        });
        dataset.find(Node.ANY, Node.ANY, CAI.context.asNode(), Node.ANY).forEachRemaining(q -> {
            if (excerptSpan.containsKey(q.getSubject())) {
                removed.add(q);
                if (window > 0) {
                    String text = texts.get(excerptArticle.get(q.getSubject()));
                    added.add(with(q, clipped(text, q.getObject(), excerptSpan.get(q.getSubject()), window)));
                }
            }
        });
        if (window == 0) {
            for (Node p : List.of(OA.prefix.asNode(), OA.suffix.asNode())) {
                dataset.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                    if (selectorExcerpt.containsKey(q.getSubject())) {
                        removed.add(q);
                    }
                });
            }
        }
        removed.forEach(dataset::delete);
        added.forEach(dataset::add);
        return dataset;
    }

    /**
     * The mode a dataset was published in, read from the data (so that a store
     * built earlier says what it really holds): withheld characters in an article
     * text mean context or none, and none has no quote prefixes.
     */
    public static SourceTextMode modeOf(DatasetGraph dataset, Node sourceText) {
        boolean withheld = false;
        var it = dataset.find(Node.ANY, Node.ANY, sourceText, Node.ANY);
        while (it.hasNext() && !withheld) {
            withheld = it.next().getObject().getLiteralLexicalForm().indexOf(WITHHELD) >= 0;
        }
        if (!withheld) {
            return SourceTextMode.FULL;
        }
        return dataset.find(Node.ANY, Node.ANY, OA.prefix.asNode(), Node.ANY).hasNext() ? SourceTextMode.CONTEXT
                : SourceTextMode.NONE;
    }

    /**
     * Selectors and their offsets, read in one pass over each predicate: a lookup
     * per excerpt across all graphs would cost graphs x excerpts on a dataset
     * that keeps one plain graph per excerpt.
     */
    private static final class Spans {
        private final Map<Node, List<Node>> selectors = new HashMap<>();
        private final Map<Node, Integer> starts = new HashMap<>();
        private final Map<Node, Integer> ends = new HashMap<>();

        Spans(DatasetGraph dataset) {
            dataset.find(Node.ANY, Node.ANY, OA.hasSelector.asNode(), Node.ANY).forEachRemaining(
                    q -> selectors.computeIfAbsent(q.getSubject(), k -> new ArrayList<>()).add(q.getObject()));
            dataset.find(Node.ANY, Node.ANY, OA.start.asNode(), Node.ANY).forEachRemaining(
                    q -> starts.put(q.getSubject(), Integer.parseInt(q.getObject().getLiteralLexicalForm())));
            dataset.find(Node.ANY, Node.ANY, OA.end.asNode(), Node.ANY).forEachRemaining(
                    q -> ends.put(q.getSubject(), Integer.parseInt(q.getObject().getLiteralLexicalForm())));
        }

        List<Node> selectors(Node excerpt) {
            return selectors.getOrDefault(excerpt, List.of());
        }

        /** The code-point start and end of an excerpt's position selector, or null. */
        int[] of(Node excerpt) {
            int[] se = {-1, -1};
            for (Node s : selectors(excerpt)) {
                se[0] = starts.getOrDefault(s, se[0]);
                se[1] = ends.getOrDefault(s, se[1]);
            }
            return se[0] >= 0 && se[1] >= se[0] ? se : null;
        }
    }

    /** The text with every character outside the excerpts and their windows withheld; line breaks kept. */
    static String masked(String text, List<int[]> spans, int window) {
        int[] cps = text.codePoints().toArray();
        boolean[] keep = new boolean[cps.length];
        for (int[] s : spans) {
            for (int i = Math.max(0, s[0] - window); i < Math.min(cps.length, s[1] + window); i++) {
                keep[i] = true;
            }
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < cps.length; i++) {
            if (keep[i] || cps[i] == '\n') {
                b.appendCodePoint(cps[i]);
            } else {
                b.append(WITHHELD);
            }
        }
        return b.toString();
    }

    /** The excerpt's sentence context cut to the window around the excerpt. */
    private static String clipped(String text, Node context, int[] excerpt, int window) {
        String ctx = context.getLiteralLexicalForm();
        for (int i = text.indexOf(ctx); i >= 0; i = text.indexOf(ctx, i + 1)) {
            int start = text.codePointCount(0, i);
            int end = start + ctx.codePointCount(0, ctx.length());
            if (start <= excerpt[0] && excerpt[1] <= end) {
                int from = Math.max(start, excerpt[0] - window);
                int to = Math.min(end, excerpt[1] + window);
                return text.substring(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to));
            }
        }
        // The context is always cut from the article around the excerpt; if not, publish the excerpt alone.
        return text.substring(text.offsetByCodePoints(0, excerpt[0]), text.offsetByCodePoints(0, excerpt[1]));
    }

    private static Quad with(Quad q, String lexical) {
        Node o = q.getObject();
        Node literal = o.getLiteralLanguage().isEmpty() ? NodeFactory.createLiteralDT(lexical, o.getLiteralDatatype())
                : NodeFactory.createLiteralLang(lexical, o.getLiteralLanguage());
        return Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(), literal);
    }
}
