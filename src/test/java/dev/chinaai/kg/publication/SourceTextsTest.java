package dev.chinaai.kg.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import dev.chinaai.kg.validation.GraphValidator;
import dev.chinaai.kg.validation.ValidationResult;
import dev.chinaai.kg.vocab.CAI;
import dev.chinaai.kg.vocab.OA;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The real graph cut down to each source-text mode: still valid against the
 * shapes (offsets, lengths, quotes, prefixes and suffixes all hold), every
 * quote still in the text at its offsets, and nothing published beyond what
 * the mode allows.
 */
class SourceTextsTest {

    @ParameterizedTest
    @EnumSource(SourceTextMode.class)
    void everyModeStillConformsToTheShapesAndKeepsEveryQuoteInPlace(SourceTextMode mode) {
        DatasetGraph published = SourceTexts.apply(TestGraph.dataset(), mode);
        ValidationResult r = GraphValidator.fromProject(TestGraph.LAYOUT).validate(published);
        assertTrue(r.conforms(), r.readable());
        assertEquals(mode, SourceTexts.modeOf(published, CAI.sourceText.asNode()), "the mode is read back from the data");
        int excerpts = 0;
        for (Quad x : org.apache.jena.atlas.iterator.Iter.toList(published.find(Node.ANY, Node.ANY, OA.hasSource.asNode(), Node.ANY))) {
            String text = literal(published, x.getObject(), CAI.sourceText.asNode());
            int[] se = selector(published, x.getSubject());
            String exact = text.substring(text.offsetByCodePoints(0, se[0]), text.offsetByCodePoints(0, se[1]));
            assertEquals(quote(published, x.getSubject()), exact, x.getSubject() + ": the quote at its offsets");
            assertFalse(exact.indexOf(SourceTexts.WITHHELD) >= 0, x.getSubject() + ": a quote is never withheld");
            assertEquals(mode != SourceTextMode.NONE, se[2] == 1, x.getSubject() + ": prefix only with surrounding text");
            excerpts++;
        }
        assertTrue(excerpts > 100, "the seeds' excerpts were checked: " + excerpts);
    }

    /** The build's way (the dataset changed where it is) publishes what the copy publishes, and the copy leaves its input alone. */
    @ParameterizedTest
    @EnumSource(SourceTextMode.class)
    void inPlaceChangesTheGivenDatasetToWhatTheCopyHolds(SourceTextMode mode) {
        DatasetGraph own = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        TestGraph.dataset().find().forEachRemaining(own::add);
        java.util.Set<Quad> before = java.util.Set.copyOf(org.apache.jena.atlas.iterator.Iter.toList(TestGraph.dataset().find()));
        DatasetGraph copy = SourceTexts.apply(TestGraph.dataset(), mode);
        assertTrue(own == SourceTexts.applyInPlace(own, mode), "the same dataset back");
        assertEquals(java.util.Set.copyOf(org.apache.jena.atlas.iterator.Iter.toList(copy.find())),
                java.util.Set.copyOf(org.apache.jena.atlas.iterator.Iter.toList(own.find())));
        assertEquals(before, java.util.Set.copyOf(org.apache.jena.atlas.iterator.Iter.toList(TestGraph.dataset().find())),
                "apply leaves its input as it was");
    }

    @Test
    void contextKeepsOnlyTheWindowAroundEachExcerptAndNoneOnlyTheExcerpts() {
        String text = "Erster Satz ohne Zitat, lang genug für ein Fenster von achtzig Zeichen und mehr.\nZitat hier. Rest.";
        int start = text.indexOf("Zitat hier");
        List<int[]> spans = List.<int[]>of(new int[] {start, start + "Zitat hier.".length()});
        String none = SourceTexts.masked(text, spans, 0);
        assertEquals(text.length(), none.length(), "offsets stay valid");
        assertEquals("Zitat hier.", none.substring(start, start + 11));
        assertEquals('\n', none.charAt(text.indexOf('\n')), "line breaks stay");
        assertEquals(text.length() - 11 - 1, none.chars().filter(c -> c == SourceTexts.WITHHELD).count());
        String context = SourceTexts.masked(text, spans, 5);
        assertEquals(text.substring(start - 5, start + 11 + 5), context.substring(start - 5, start + 16));
        assertEquals(SourceTexts.WITHHELD, context.charAt(start - 7), "nothing beyond the window");
        assertEquals(SourceTexts.WITHHELD, context.charAt(0));
    }

    private static String quote(DatasetGraph d, Node excerpt) {
        return d.stream(Node.ANY, excerpt, OA.hasSelector.asNode(), Node.ANY)
                .flatMap(sel -> d.stream(Node.ANY, sel.getObject(), OA.exact.asNode(), Node.ANY))
                .map(q -> q.getObject().getLiteralLexicalForm()).findFirst().orElseThrow();
    }

    private static String literal(DatasetGraph d, Node s, Node p) {
        return d.find(Node.ANY, s, p, Node.ANY).next().getObject().getLiteralLexicalForm();
    }

    /** Start, end of the excerpt's position selector and 1 when its quote selector still has a prefix. */
    private static int[] selector(DatasetGraph d, Node excerpt) {
        int[] se = {-1, -1, 0};
        d.find(Node.ANY, excerpt, OA.hasSelector.asNode(), Node.ANY).forEachRemaining(sel -> {
            Node n = sel.getObject();
            d.find(Node.ANY, n, OA.start.asNode(), Node.ANY).forEachRemaining(v -> se[0] = Integer.parseInt(v.getObject().getLiteralLexicalForm()));
            d.find(Node.ANY, n, OA.end.asNode(), Node.ANY).forEachRemaining(v -> se[1] = Integer.parseInt(v.getObject().getLiteralLexicalForm()));
            if (d.find(Node.ANY, n, OA.prefix.asNode(), Node.ANY).hasNext()) {
                se[2] = 1;
            }
        });
        return se;
    }
}
