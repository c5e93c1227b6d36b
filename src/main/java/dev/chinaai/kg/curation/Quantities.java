package dev.chinaai.kg.curation;

import dev.chinaai.kg.diagnostics.KgException;
import dev.chinaai.kg.mapping.GermanNumbers;
import dev.chinaai.kg.mapping.Temporals;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts and dates in a sentence. The patterns only find where a number or
 * a date is written; whether it reads is decided by the build's own readers
 * ({@link GermanNumbers}, {@link Temporals}), so a draft never proposes a
 * value the build would refuse.
 */
final class Quantities {
    /** An amount as written, with the unit the word after it suggests. */
    record Amount(String written, String unit, int start, int end) {
    }

    /** A date as written and its ISO value. */
    record Date(String written, String iso) {
    }

    private static final String NUMBER = "(?:\\d{1,3}(?:[.\\u00A0\\u202F]\\d{3})+|\\d+)(?:,\\d+)?";
    private static final String WORD = "(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|dreissig|hundert)";
    /**
     * A number glued to an identifier is no amount: after a letter, digit, colon, slash or bracket ("ID:4758",
     * "doi.org/10.6084", footnote "[1]") or followed by a full stop and a digit (versions "3.0", "1.3.0").
     */
    private static final Pattern AMOUNT = Pattern.compile("(?<![\\p{L}\\d.,:/\\[-])(?:(?:etwa|rund|fast|knapp|mehr als|über|ca\\.)\\s+)?"
            + "(?:" + NUMBER + "(?![.,:/]\\d)|" + WORD + ")(?:\\s+bis\\s+(?:" + NUMBER + "|" + WORD + "))?"
            + "(?:\\s+(?:Millionen|Milliarden|Mio\\.|Mrd\\.|tausend))?(?:\\s?%|\\s+Prozent)?"
            + "(?=$|[\\s\\p{P}])(?:\\s+(\\p{L}[\\p{L}-]*))?");
    private static final Map<String, String> UNITS = Map.ofEntries(Map.entry("dollar", "USD"),
            Map.entry("us-dollar", "USD"), Map.entry("franken", "CHF"), Map.entry("unternehmen", "companies"),
            Map.entry("firmen", "companies"), Map.entry("forscher", "researchers"), Map.entry("forschende", "researchers"),
            Map.entry("wissenschaftler", "scientists"), Map.entry("jahre", "years"), Map.entry("jahren", "years"),
            Map.entry("städte", "cities"), Map.entry("städten", "cities"), Map.entry("publikationen", "publications"),
            Map.entry("veröffentlichungen", "publications"), Map.entry("institutionen", "institutions"),
            Map.entry("branchen", "industries"), Map.entry("rechenzentren", "data centres"),
            Map.entry("datenzentren", "data centres"), Map.entry("doktoranden", "doctoral students"));
    private static final List<String> MONTHS = List.of("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
            "August", "September", "Oktober", "November", "Dezember");
    private static final Pattern DATE = Pattern.compile("(?:(\\d{1,2})\\.\\s*)?(?:(" + String.join("|", MONTHS)
            + ")\\s+)?((?:19|20)\\d{2})(?![\\d,.]\\d)");

    private Quantities() {
    }

    /** The first amount in the sentence the build can read, other than a bare year. */
    static Optional<Amount> amount(Sentence s) {
        List<int[]> dates = DATE.matcher(s.text()).results().map(r -> new int[] {r.start(), r.end()}).toList();
        Matcher m = AMOUNT.matcher(s.text());
        // The word after a number is looked at, not consumed: it may start the next amount ("2023 etwa 5 %").
        for (int from = 0; from < s.text().length() && m.find(from); ) {
            String next = m.group(1);
            int end = next == null ? m.end() : m.start(1);
            from = Math.max(end, m.start() + 1);
            int at = m.start();
            if (dates.stream().anyMatch(d -> d[0] <= at && at < d[1])) {
                continue;
            }
            String written = s.text().substring(m.start(), end).strip();
            String unit = written.endsWith("%") || written.endsWith("Prozent") ? "percent"
                    : next == null ? "count" : UNITS.getOrDefault(next.toLowerCase(Locale.GERMAN), "count");
            // A number word counts only with a unit ("drei Jahre"), else every "zwei" would be a statistic.
            boolean digits = written.matches(".*\\d.*");
            if (written.matches("(?:19|20)\\d{2}") || !digits && unit.equals("count")) {
                continue;
            }
            try {
                GermanNumbers.parse(written);
            } catch (KgException unreadable) {
                continue;
            }
            return Optional.of(new Amount(written, unit, s.start() + m.start(), s.start() + end));
        }
        return Optional.empty();
    }

    /** The first date in the sentence: a year, a month and year, or a day, month and year. */
    static Optional<Date> date(Sentence s) {
        Matcher m = DATE.matcher(s.text());
        while (m.find()) {
            String iso = m.group(3);
            if (m.group(2) != null) {
                iso += String.format("-%02d", MONTHS.indexOf(m.group(2)) + 1);
                if (m.group(1) != null) {
                    iso += String.format("-%02d", Integer.parseInt(m.group(1)));
                }
            }
            try {
                Temporals.literal(iso);
            } catch (KgException notADate) {
                continue;
            }
            return Optional.of(new Date(m.group(2) == null ? m.group(3) : m.group().strip(), iso));
        }
        return Optional.empty();
    }
}
