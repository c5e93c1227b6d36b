package dev.chinaai.kg.seed;

/**
 * Approximate substring search (Sellers' edit distance with a free start),
 * to explain a quote that is not in its seed and to find where a quote went
 * when its article was corrected ({@code reanchor}).
 */
public final class NearestMatch {
    public record Hit(int start, int end, int distance, String text) {
    }

    private NearestMatch() {
    }

    public static Hit find(String text, String pattern) {
        int m = pattern.length();
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        int[] prevStart = new int[m + 1];
        int[] curStart = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            prev[i] = i;
        }
        int best = prev[m];
        int bestEnd = 0;
        int bestStart = 0;
        for (int j = 1; j <= text.length(); j++) {
            cur[0] = 0;
            curStart[0] = j;
            char c = text.charAt(j - 1);
            for (int i = 1; i <= m; i++) {
                int sub = prev[i - 1] + (pattern.charAt(i - 1) == c ? 0 : 1);
                int del = prev[i] + 1;
                int ins = cur[i - 1] + 1;
                if (sub <= del && sub <= ins) {
                    cur[i] = sub;
                    curStart[i] = i == 1 ? j - 1 : prevStart[i - 1];
                } else if (del <= ins) {
                    cur[i] = del;
                    curStart[i] = prevStart[i];
                } else {
                    cur[i] = ins;
                    curStart[i] = curStart[i - 1];
                }
            }
            if (cur[m] < best) {
                best = cur[m];
                bestEnd = j;
                bestStart = curStart[m];
            }
            int[] t = prev;
            prev = cur;
            cur = t;
            t = prevStart;
            prevStart = curStart;
            curStart = t;
        }
        return new Hit(bestStart, bestEnd, best, text.substring(bestStart, bestEnd));
    }

    /** A hint naming the first character that differs, with its code point, since typography often looks alike. */
    static String hint(String quote, String near) {
        int n = Math.min(quote.length(), near.length());
        for (int i = 0; i < n; i++) {
            if (quote.charAt(i) != near.charAt(i)) {
                return String.format("; first difference at character %d: the quote has '%c' (U+%04X), the seed '%c' (U+%04X)",
                        i + 1, quote.charAt(i), (int) quote.charAt(i), near.charAt(i), (int) near.charAt(i));
            }
        }
        return "";
    }
}
