package dev.chinaai.kg.reanchor;

import dev.chinaai.kg.reanchor.Anchor.Status;
import dev.chinaai.kg.seed.NearestMatch;
import dev.chinaai.kg.seed.QuoteLocator;
import dev.chinaai.kg.seed.QuoteMatch;
import dev.chinaai.kg.seed.SeedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds the excerpts of an article again in its corrected text. Each quote is
 * first located in the old text (its old position and the 32 characters of
 * context on each side, as the published TextQuoteSelector has them); then,
 * in the new text: (1) the exact quote, taken when it occurs once or when its
 * old context picks one occurrence; (2) when it is gone, the passage between
 * its old prefix and suffix, taken as the corrected quote if it is within a
 * tenth of the quote's length in edits; (3) otherwise the nearest approximate
 * match, reported and never written.
 */
public final class Reanchorer {
    /** Share of a quote's length that a correction inside it may change. */
    static final double MAX_CHANGE = 0.10;

    private final SeedText old;
    private final SeedText now;

    public Reanchorer(SeedText old, SeedText now) {
        this.old = old;
        this.now = now;
    }

    public List<Anchor> reanchor(List<Selector> selectors) {
        return selectors.stream().map(this::reanchor).toList();
    }

    Anchor reanchor(Selector s) {
        QuoteLocator.Outcome before = QuoteLocator.locate(old, s.quote(), s.prefix(), s.suffix(), s.occurrence());
        if (!before.found()) {
            return new Anchor(s, Status.NOT_FOUND, null, "", 0,
                    "the quote does not locate in the current text either (" + before.error() + "); fix it first");
        }
        QuoteMatch m = before.match();
        String text = now.text();
        int oldStart = old.text().offsetByCodePoints(0, m.start());
        int expected = (int) ((long) oldStart * text.length() / Math.max(1, old.text().length()));
        List<Integer> exact = occurrences(text, s.quote());
        if (!exact.isEmpty()) {
            List<Integer> inContext = exact.stream().filter(i -> text.startsWith(m.prefix(), i - m.prefix().length())
                    && i >= m.prefix().length() && text.startsWith(m.suffix(), i + s.quote().length())).toList();
            // A quote that repeated in the old text is taken only where its old context is.
            boolean once = exact.size() == 1 && occurrences(old.text(), s.quote()).size() == 1;
            if (once || inContext.size() == 1) {
                int at = once ? exact.get(0) : inContext.get(0);
                return settle(s, s.quote(), at, Status.UNCHANGED, "");
            }
            int nearest = exact.stream().min(Comparator.comparingInt(i -> Math.abs(i - expected))).orElseThrow();
            return new Anchor(s, Status.AMBIGUOUS, null, s.quote(), 1,
                    "occurs " + exact.size() + " times and its old context picks none; nearest at line "
                            + line(text, nearest));
        }
        Anchor corrected = betweenContext(s, m, expected);
        if (corrected != null) {
            return corrected;
        }
        NearestMatch.Hit hit = NearestMatch.find(text, s.quote());
        double score = 1 - (double) hit.distance() / s.quote().length();
        return new Anchor(s, Status.NOT_FOUND, null, hit.text(), score,
                "not found; nearest passage at line " + line(text, hit.start()));
    }

    /** The passage between the old prefix and suffix, if it is the quote with a small correction. */
    private Anchor betweenContext(Selector s, QuoteMatch m, int expected) {
        String text = now.text();
        int len = s.quote().length();
        int bound = Math.max(1, (int) Math.floor(len * MAX_CHANGE));
        LevenshteinDistance distance = new LevenshteinDistance(bound);
        List<Integer> starts = m.prefix().isEmpty() ? List.of(0)
                : occurrences(text, m.prefix()).stream().map(i -> i + m.prefix().length()).toList();
        int best = -1;
        int bestEnd = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int start : starts) {
            List<Integer> ends = m.suffix().isEmpty() ? List.of(text.length()) : occurrences(text, m.suffix());
            for (int end : ends) {
                if (end - start < len - bound || end - start > len + bound) {
                    continue;
                }
                int d = distance.apply(s.quote(), text.substring(start, end));
                if (d >= 0 && (d < bestDistance || d == bestDistance && Math.abs(start - expected) < Math.abs(best - expected))) {
                    best = start;
                    bestEnd = end;
                    bestDistance = d;
                }
            }
        }
        if (best < 0) {
            return null;
        }
        String quote = text.substring(best, bestEnd);
        if (quote.isBlank() || quote.contains("\n")) {
            return null;
        }
        return settle(s, quote, best, Status.CORRECTED, bestDistance + " edit(s): was \"" + s.quote() + "\"");
    }

    /**
     * The selector that picks the passage at {@code at} in the new text: the old
     * one where it still does; otherwise its prefix, suffix and occurrence taken
     * from the new text; a passage no selector can pick alone stays unsure.
     */
    private Anchor settle(Selector s, String quote, int at, Status status, String note) {
        if (picks(quote, s.prefix(), s.suffix(), s.occurrence(), at)) {
            Selector now = s.with(quote, s.prefix(), s.suffix(), s.occurrence());
            return new Anchor(s, status, now, quote, score(s.quote(), quote), note);
        }
        String text = this.now.text();
        String prefix = s.prefix() == null ? null : text.substring(Math.max(0, at - s.prefix().length()), at);
        String suffix = s.suffix() == null ? null
                : text.substring(at + quote.length(), Math.min(text.length(), at + quote.length() + s.suffix().length()));
        List<Integer> hits = new ArrayList<>();
        for (int i : occurrences(text, quote)) {
            if ((prefix == null || text.startsWith(prefix, i - prefix.length()) && i >= prefix.length())
                    && (suffix == null || text.startsWith(suffix, i + quote.length()))) {
                hits.add(i);
            }
        }
        Integer occurrence = s.occurrence() == null && hits.size() == 1 ? null : hits.indexOf(at) + 1;
        if (picks(quote, prefix, suffix, occurrence, at)) {
            Status st = status == Status.UNCHANGED ? Status.RESELECTED : status;
            return new Anchor(s, st, s.with(quote, prefix, suffix, occurrence), quote, score(s.quote(), quote), note);
        }
        return new Anchor(s, Status.AMBIGUOUS, null, quote, score(s.quote(), quote),
                "found at line " + line(text, at) + ", but no prefix, suffix or occurrence picks it alone");
    }

    private boolean picks(String quote, String prefix, String suffix, Integer occurrence, int at) {
        QuoteLocator.Outcome o = QuoteLocator.locate(now, quote, prefix, suffix, occurrence);
        return o.found() && now.text().offsetByCodePoints(0, o.match().start()) == at;
    }

    private static double score(String was, String is) {
        return 1 - (double) LevenshteinDistance.getDefaultInstance().apply(was, is) / Math.max(was.length(), 1);
    }

    private static List<Integer> occurrences(String text, String part) {
        List<Integer> out = new ArrayList<>();
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            out.add(i);
        }
        return out;
    }

    private static int line(String text, int index) {
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }
}
