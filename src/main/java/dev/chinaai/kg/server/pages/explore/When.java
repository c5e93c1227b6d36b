package dev.chinaai.kg.server.pages.explore;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * When something happened, as the graph gives it: the first and last day it
 * may have been (either may be open), whether it is an exact day, and the
 * seed's own words. A year or a month is an interval, not a day: "2025" is
 * 2025-01-01 to 2025-12-31. Nothing is invented: without an ISO value both
 * ends are null and the item is undated.
 *
 * @param start first possible day, or null when open
 * @param end last possible day, or null when open
 * @param exact whether the graph gives one day (or an instant)
 * @param text the time in the seed's words
 */
public record When(LocalDate start, LocalDate end, boolean exact, String text) {
    public When {
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("time '" + text + "' ends " + end + " before it starts " + start);
        }
        if (exact && (start == null || !start.equals(end))) {
            throw new IllegalArgumentException("an exact time is one day: " + start + " to " + end);
        }
        text = text == null ? "" : text;
    }

    /**
     * From the values of a time description: an ISO date (year, month, day or
     * instant), else the ISO bounds not before / not after; any may be null.
     */
    static When of(String text, String date, String notBefore, String notAfter) {
        if (date != null) {
            LocalDate[] d = period(date);
            return new When(d[0], d[1], d[0] != null && d[0].equals(d[1]), text);
        }
        LocalDate from = notBefore == null ? null : period(notBefore)[0];
        LocalDate to = notAfter == null ? null : period(notAfter)[1];
        return new When(from, to, false, text);
    }

    /** The first and last day of an ISO year, month, day or instant; both null when it is none of these. */
    private static LocalDate[] period(String iso) {
        String s = iso.strip();
        try {
            if (s.matches("-?\\d{4}")) {
                int y = Integer.parseInt(s);
                return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                YearMonth m = YearMonth.parse(s);
                return new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
            }
            LocalDate d = LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
            return new LocalDate[] {d, d};
        } catch (DateTimeParseException | NumberFormatException e) {
            return new LocalDate[] {null, null};
        }
    }

    /** Whether the graph places it in time at all (at least one end). */
    public boolean dated() {
        return start != null || end != null;
    }

    /** The dates as a reader sees them: "2024-03-12", "2025-01-01 – 2025-12-31", "until 2024-03-12". */
    public String iso() {
        if (!dated()) {
            return "";
        }
        if (exact) {
            return start.toString();
        }
        if (start == null) {
            return "until " + end;
        }
        return end == null ? "from " + start : start + " – " + end;
    }
}
