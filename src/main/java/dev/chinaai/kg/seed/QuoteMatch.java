package dev.chinaai.kg.seed;

/**
 * Where a quote stands in its seed: code-point offsets (start inclusive, end
 * exclusive, as W3C Web Annotation's TextPositionSelector defines them) and the
 * text of a TextQuoteSelector (exact, with the prefix and suffix around it).
 */
public record QuoteMatch(int start, int end, String exact, String prefix, String suffix) {

    public QuoteMatch {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
    }
}
