package dev.chinaai.kg.reanchor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chinaai.kg.seed.SeedText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Choices the command tests on the real seed do not reach: a quote that now repeats, and a flow-style excerpt. */
class ReanchorerTest {
    private static SeedText text(String s) {
        return SeedText.of("t.txt", s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aQuoteThatNowRepeatsIsPickedByItsOldContextAndGetsAnOccurrence() {
        String yaml = """
                seed: t.txt
                excerpts:
                  # the second sentence
                  - id: good
                    quote: "Das ist gut."
                    mentions: []
                  - {id: flow, quote: "Das ist gut.", prefix: "A. "}
                """;
        QuoteFile file = QuoteFile.parse("t.yaml", yaml);
        List<Anchor> anchors = new Reanchorer(text("A. Das ist gut. B."), text("Das ist gut. A. Das ist gut. B."))
                .reanchor(file.selectors());
        assertEquals(Anchor.Status.RESELECTED, anchors.get(0).status());
        assertEquals(2, anchors.get(0).now().occurrence());
        assertEquals(Anchor.Status.UNCHANGED, anchors.get(1).status(), "its prefix still picks it");
        assertEquals("""
                seed: t.txt
                excerpts:
                  # the second sentence
                  - id: good
                    quote: "Das ist gut."
                    occurrence: 2
                    mentions: []
                  - {id: flow, quote: "Das ist gut.", prefix: "A. "}
                """, file.rewrite(anchors));
    }

    @Test
    void aCorrectionBeyondATenthOfTheQuoteIsOnlyReported() {
        QuoteFile file = QuoteFile.parse("t.yaml", "excerpts:\n  - {id: q, quote: \"Der Umsatz stieg stark.\"}\n");
        Anchor a = new Reanchorer(text("Vorher. Der Umsatz stieg stark. Nachher."),
                text("Vorher. Der Gewinn fiel deutlich. Nachher.")).reanchor(file.selectors()).get(0);
        assertEquals(Anchor.Status.NOT_FOUND, a.status());
        assertEquals(false, a.sure());
    }
}
