package dev.chinaai.kg.mapping;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers as German text writes them: decimal comma, dot or (narrow)
 * space as thousands separator, "Millionen"/"Milliarden", a percent sign,
 * small number words, and ranges "zwei bis drei". Anything else is refused
 * with the reason, never guessed.
 */
public final class GermanNumbers {
    /** A number or a range; {@code high} is null for a single number. */
    public record Amount(BigDecimal low, BigDecimal high) {
    }

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("ein", 1), Map.entry("eins", 1),
            Map.entry("eine", 1), Map.entry("zwei", 2), Map.entry("drei", 3), Map.entry("vier", 4),
            Map.entry("fünf", 5), Map.entry("sechs", 6), Map.entry("sieben", 7), Map.entry("acht", 8),
            Map.entry("neun", 9), Map.entry("zehn", 10), Map.entry("elf", 11), Map.entry("zwölf", 12),
            Map.entry("zwanzig", 20), Map.entry("dreissig", 30), Map.entry("dreißig", 30), Map.entry("hundert", 100));
    private static final Map<String, BigDecimal> SCALES = Map.of("tausend", new BigDecimal("1e3"),
            "million", new BigDecimal("1e6"), "millionen", new BigDecimal("1e6"), "mio", new BigDecimal("1e6"),
            "milliarde", new BigDecimal("1e9"), "milliarden", new BigDecimal("1e9"), "mrd", new BigDecimal("1e9"));
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(?:[.\\u00A0\\u202F ]\\d{3})+|\\d+)(?:,(\\d+))?");
    private static final Pattern RANGE = Pattern.compile("(.+?)\\s+(?:bis|–|-)\\s+(.+)");

    private GermanNumbers() {
    }

    /**
     * Parses; throws {@link BadValue} (a {@link dev.chinaai.kg.diagnostics.KgException}) with the reason when the
     * text is not a number. Public so that the draft annotator reads amounts exactly as the build will.
     */
    public static Amount parse(String written) {
        String s = written.trim().replaceAll("^(?:etwa|rund|fast|knapp|mehr als|über|ca\\.)\\s+", "");
        s = s.replaceAll("\\s*(%|Prozent)$", "");
        Matcher range = RANGE.matcher(s);
        if (range.matches()) {
            return new Amount(single(range.group(1)), single(range.group(2)));
        }
        return new Amount(single(s), null);
    }

    private static BigDecimal single(String text) {
        String[] parts = text.trim().split("\\s+(?=[A-Za-zäöüÄÖÜß])", 2);
        BigDecimal base = base(parts[0].trim());
        if (parts.length == 2) {
            BigDecimal scale = SCALES.get(parts[1].trim().toLowerCase(Locale.GERMAN).replace(".", ""));
            if (scale == null) {
                throw new BadValue("'" + parts[1].trim() + "' is not a number word I can read "
                        + "(known: tausend, Millionen, Milliarden)");
            }
            base = base.multiply(scale);
        }
        return base.stripTrailingZeros().scale() < 0 ? base.setScale(0) : base.stripTrailingZeros();
    }

    private static BigDecimal base(String token) {
        Integer word = WORDS.get(token.toLowerCase(Locale.GERMAN));
        if (word != null) {
            return BigDecimal.valueOf(word);
        }
        Matcher m = NUMBER.matcher(token);
        if (!m.matches()) {
            throw new BadValue("'" + token + "' is not a number in German notation "
                    + "(write it as the seed does, e.g. 34.036, 5,6 Millionen, 50 %)");
        }
        String integer = m.group(1).replaceAll("[.\\u00A0\\u202F ]", "");
        return new BigDecimal(m.group(2) == null ? integer : integer + "." + m.group(2));
    }
}
