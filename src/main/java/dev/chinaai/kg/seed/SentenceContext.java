package dev.chinaai.kg.seed;

/**
 * The context a reader needs to understand a quote: the whole sentence or
 * sentences it lies in, plus the sentence before it in the same paragraph
 * (where "er", "sie", "dort" or a bare "sagte Zhou" point back to). A sentence
 * ends after '.', '!', '?' or '…' (and any closing quotation mark) followed by
 * white space; a paragraph ends at a line break, which a context never crosses.
 * German abbreviations ("z. B.") may end a sentence early: the context is then
 * a little shorter, never wrong about the quote's own words.
 */
public final class SentenceContext {
    private static final String ENDS = ".!?…";
    private static final String CLOSERS = "“”\"»«’')";

    private SentenceContext() {
    }

    /** Code-point offsets (start inclusive, end exclusive) of a quote's context. */
    public record Span(int start, int end) {
    }

    /** The context of the quote at code-point offsets {@code start}..{@code end} of {@code seed}. */
    public static Span around(SeedText seed, int start, int end) {
        String t = seed.text();
        int from = t.offsetByCodePoints(0, start);
        int to = t.offsetByCodePoints(0, end);
        int sentenceStart = sentenceStart(t, from);
        int contextStart = sentenceStart > 0 && t.charAt(sentenceStart - 1) != '\n'
                ? sentenceStart(t, previousNonSpace(t, sentenceStart)) : sentenceStart;
        int contextEnd = sentenceEnd(t, Math.max(from, to - 1));
        return new Span(seed.codePointOffset(contextStart), seed.codePointOffset(contextEnd));
    }

    /** The index where the sentence holding index {@code i} starts. */
    private static int sentenceStart(String t, int i) {
        for (int j = i - 1; j >= 0; j--) {
            char c = t.charAt(j);
            if (c == '\n') {
                return j + 1;
            }
            if (Character.isWhitespace(c) && endsSentence(t, j)) {
                return j + 1;
            }
        }
        return 0;
    }

    /** The index just after the sentence holding index {@code i} (its final mark and closing quotes included). */
    private static int sentenceEnd(String t, int i) {
        for (int j = i + 1; j < t.length(); j++) {
            char c = t.charAt(j);
            if (c == '\n' || c == '\r') {
                return j;
            }
            if (Character.isWhitespace(c) && endsSentence(t, j)) {
                return j;
            }
        }
        return t.length();
    }

    /** Whether the white space at {@code ws} follows a sentence end (a mark, then any closing quotes). */
    private static boolean endsSentence(String t, int ws) {
        int k = ws - 1;
        while (k >= 0 && CLOSERS.indexOf(t.charAt(k)) >= 0) {
            k--;
        }
        return k >= 0 && ENDS.indexOf(t.charAt(k)) >= 0;
    }

    private static int previousNonSpace(String t, int i) {
        int j = i - 1;
        while (j > 0 && Character.isWhitespace(t.charAt(j))) {
            j--;
        }
        return j;
    }
}
