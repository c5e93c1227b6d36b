package dev.chinaai.kg.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Finding quotes in a seed: code-point offsets, typography, ambiguity and near misses. */
class QuoteLocatorTest {
    private static final String TEXT = "Er sagte: „KI ist 50\u00a0% wichtig“ – so Zhou.\n"
            + "Zhou sagte es zweimal: KI ist wichtig. Und 𝔸 KI ist wichtig.";
    private static final SeedText SEED = SeedText.of("999_test.txt", TEXT.getBytes(StandardCharsets.UTF_8));

    @Test
    void offsetsAreCodePointsStartInclusiveEndExclusive() {
        QuoteLocator.Outcome o = QuoteLocator.locate(SEED, "𝔸 KI", null, null, null);
        assertTrue(o.found(), o.error());
        int start = TEXT.codePointCount(0, TEXT.indexOf("𝔸"));
        assertEquals(start, o.match().start());
        assertEquals(start + 4, o.match().end(), "𝔸 is one code point but two UTF-16 chars");
        assertEquals("𝔸 KI", SEED.slice(o.match().start(), o.match().end()));
    }

    @Test
    void typographicQuotesAndNoBreakSpaceMustMatchExactly() {
        assertTrue(QuoteLocator.locate(SEED, "„KI ist 50\u00a0% wichtig“", null, null, null).found());
        QuoteLocator.Outcome plain = QuoteLocator.locate(SEED, "\"KI ist 50 % wichtig\"", null, null, null);
        assertFalse(plain.found());
        assertTrue(plain.error().contains("999_test.txt"), plain.error());
        assertTrue(plain.error().contains("„KI ist 50"), "names the nearest match: " + plain.error());
    }

    @Test
    void ambiguousQuoteIsRefusedWithItsLines() {
        QuoteLocator.Outcome o = QuoteLocator.locate(SEED, "KI ist wichtig", null, null, null);
        assertFalse(o.found());
        assertTrue(o.error().contains("occurs 2 times"), o.error());
        assertTrue(o.error().contains("occurrence"), "says how to fix it: " + o.error());
    }

    @Test
    void occurrencePrefixAndSuffixPickOne() {
        QuoteLocator.Outcome second = QuoteLocator.locate(SEED, "KI ist wichtig", null, null, 2);
        QuoteLocator.Outcome byPrefix = QuoteLocator.locate(SEED, "KI ist wichtig", "𝔸 ", null, null);
        QuoteLocator.Outcome bySuffix = QuoteLocator.locate(SEED, "KI ist wichtig", null, ". Und", null);
        assertEquals(second.match().start(), byPrefix.match().start());
        assertTrue(bySuffix.match().start() < second.match().start());
        assertFalse(QuoteLocator.locate(SEED, "KI ist wichtig", null, null, 3).found());
    }
}
