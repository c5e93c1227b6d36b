package dev.chinaai.kg.curation;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits German text into sentences. The JDK's locale-aware sentence
 * BreakIterator (Unicode text segmentation) finds the candidate boundaries;
 * German abbreviations ("z. B.", "Dr.", "bzw.", "Mio."), initials ("H.
 * Chalal"), ordinals ("14. Juli") and boundaries inside an open quotation
 * („…“, «…», “…”) are then taken back, since the iterator treats every
 * full stop before a capital as an end.
 */
public final class Sentences {
    /** Abbreviations German press text writes with a full stop that does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("z.", "b.", "dr.", "prof.", "bzw.", "mio.", "mrd.", "ca.",
            "usw.", "etc.", "vgl.", "nr.", "u.", "a.", "d.", "h.", "s.", "st.", "sog.", "inkl.", "evtl.", "ggf.",
            "jan.", "feb.", "aug.", "sept.", "okt.", "nov.", "dez.", "mr.", "mrs.", "ms.", "hr.", "fr.", "abs.",
            "bspw.", "zit.", "gegr.", "jh.", "jhd.", "tsd.", "max.", "min.", "mind.", "rd.", "v.", "chr.", "i.", "e.");

    private Sentences() {
    }

    /** The sentences of the whole text, line by line, in order; blank lines give none. */
    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int lineStart = 0;
        int line = 1;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            splitLine(text, lineStart, lineEnd, line, out);
            lineStart = lineEnd + 1;
            line++;
        }
        return out;
    }

    private static void splitLine(String text, int from, int to, int line, List<Sentence> out) {
        String lineText = text.substring(from, to);
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.GERMAN);
        it.setText(lineText);
        int start = 0;
        for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
            if (end < lineText.length() && !isEnd(lineText, start, end)) {
                continue;
            }
            add(text, from + start, from + end, line, out);
            start = end;
        }
    }

    /** Whether a candidate boundary truly ends the sentence that began at {@code start}. */
    static boolean isEnd(String line, int start, int boundary) {
        String before = line.substring(start, boundary).stripTrailing();
        if (openQuote(before)) {
            return false;
        }
        int space = Math.max(before.lastIndexOf(' '), Math.max(before.lastIndexOf('\u00A0'), before.lastIndexOf('(')));
        String lastWord = before.substring(space + 1);
        if (!lastWord.endsWith(".")) {
            return true;
        }
        String word = lastWord.toLowerCase(Locale.GERMAN);
        if (ABBREVIATIONS.contains(word) || word.matches("\\p{L}\\.(\\p{L}\\.)*")) {
            return false;
        }
        // "14. Juli", "3. Platz": a number with a full stop is an ordinal unless the sentence is a list of numbers.
        return !word.matches("\\d{1,2}\\.");
    }

    /** Whether the text opens more quotations than it closes, so a boundary in it lies inside reported speech. */
    private static boolean openQuote(String s) {
        int low = count(s, '„');
        boolean german = low > count(s, '“');
        boolean english = low == 0 && count(s, '“') != count(s, '”');
        boolean guillemets = count(s, '«') != count(s, '»');
        return german || english || guillemets || count(s, '"') % 2 == 1;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static void add(String text, int start, int end, int line, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(line, start, end, text.substring(start, end)));
        }
    }
}
