package dev.chinaai.kg.seed;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds an exact quote in a seed. A quote that occurs more than once must be
 * narrowed by a prefix, a suffix or a 1-based occurrence number; a quote that is
 * not there is reported with the nearest passage of the seed, since the usual
 * cause is a typographic character (quotation marks, dashes, non-breaking
 * spaces) copied differently.
 */
public final class QuoteLocator {
    /** Context kept on each side for the TextQuoteSelector, in code points. */
    static final int CONTEXT = 32;

    private QuoteLocator() {
    }

    /** Outcome of a search: a match, or an error message that says what to change. */
    public record Outcome(QuoteMatch match, String error) {
        public boolean found() {
            return match != null;
        }
    }

    public static Outcome locate(SeedText seed, String quote, String prefix, String suffix, Integer occurrence) {
        String text = seed.text();
        if (quote.isEmpty()) {
            return new Outcome(null, "the quote is empty");
        }
        List<Integer> hits = new ArrayList<>();
        for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
            boolean pre = prefix == null || text.startsWith(prefix, i - prefix.length()) && i >= prefix.length();
            boolean suf = suffix == null || text.startsWith(suffix, i + quote.length());
            if (pre && suf) {
                hits.add(i);
            }
        }
        if (hits.isEmpty()) {
            return new Outcome(null, notFound(seed, quote, prefix, suffix));
        }
        int index;
        if (occurrence != null) {
            if (occurrence < 1 || occurrence > hits.size()) {
                return new Outcome(null, "occurrence " + occurrence + " asked for, but the quote occurs "
                        + hits.size() + " time(s) in seeds/" + seed.fileName());
            }
            index = hits.get(occurrence - 1);
        } else if (hits.size() > 1) {
            return new Outcome(null, "the quote occurs " + hits.size() + " times in seeds/" + seed.fileName()
                    + " (at lines " + lines(seed, hits) + "); add occurrence: N, prefix: or suffix: to pick one");
        } else {
            index = hits.get(0);
        }
        return new Outcome(match(seed, index, quote), null);
    }

    private static QuoteMatch match(SeedText seed, int charIndex, String quote) {
        int start = seed.codePointOffset(charIndex);
        int end = start + quote.codePointCount(0, quote.length());
        String before = seed.slice(Math.max(0, start - CONTEXT), start);
        String after = seed.slice(end, Math.min(seed.length(), end + CONTEXT));
        return new QuoteMatch(start, end, quote, before, after);
    }

    private static String lines(SeedText seed, List<Integer> hits) {
        List<String> out = new ArrayList<>();
        for (int h : hits) {
            out.add(Integer.toString(lineOf(seed.text(), h)));
        }
        return String.join(", ", out);
    }

    static int lineOf(String text, int charIndex) {
        int line = 1;
        for (int i = 0; i < charIndex; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String notFound(SeedText seed, String quote, String prefix, String suffix) {
        if ((prefix != null || suffix != null) && seed.text().contains(quote)) {
            return "the quote is in seeds/" + seed.fileName() + ", but not with the given "
                    + (prefix != null ? "prefix" : "") + (prefix != null && suffix != null ? " and " : "")
                    + (suffix != null ? "suffix" : "") + "; check them against the seed";
        }
        NearestMatch.Hit near = NearestMatch.find(seed.text(), quote);
        String where = "line " + lineOf(seed.text(), near.start());
        return "quote not found in seeds/" + seed.fileName() + "; nearest match (" + near.distance()
                + " edits, " + where + "): \"" + near.text() + "\"" + NearestMatch.hint(quote, near.text());
    }
}
