package dev.chinaai.kg.server.pages.explore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The time axis as percentages of its width: one segment per year, wide for
 * the years where something starts or ends and narrow for the years between
 * (so that 1999 and 2025 share an axis and 2025 stays readable). Within a year
 * the position is linear in the day. Every year is labelled where it is wide.
 */
final class TimeScale {
    private static final int WIDE = 6;
    private static final int NARROW = 1;

    private final int first;
    private final double[] left;
    private final double[] width;
    private final boolean[] wide;

    private TimeScale(int first, double[] left, double[] width, boolean[] wide) {
        this.first = first;
        this.left = left;
        this.width = width;
        this.wide = wide;
    }

    /** The scale over the years the dates fall in; an empty list gives one year, this one. */
    static TimeScale over(List<When> times) {
        TreeSet<Integer> marked = new TreeSet<>();
        for (When w : times) {
            if (w.start() != null) {
                marked.add(w.start().getYear());
            }
            if (w.end() != null) {
                marked.add(w.end().getYear());
            }
        }
        if (marked.isEmpty()) {
            marked.add(LocalDate.now().getYear());
        }
        int first = marked.first();
        int years = marked.last() - first + 1;
        boolean[] wide = new boolean[years];
        double total = 0;
        for (int i = 0; i < years; i++) {
            wide[i] = marked.contains(first + i);
            total += wide[i] ? WIDE : NARROW;
        }
        double[] left = new double[years];
        double[] width = new double[years];
        double at = 0;
        for (int i = 0; i < years; i++) {
            left[i] = at;
            width[i] = 100 * (wide[i] ? WIDE : NARROW) / total;
            at += width[i];
        }
        return new TimeScale(first, left, width, wide);
    }

    /** Where the day begins (or, with {@code endOfDay}, ends) on the axis, 0 to 100. */
    double x(LocalDate d, boolean endOfDay) {
        int i = Math.max(0, Math.min(left.length - 1, d.getYear() - first));
        double day = d.getDayOfYear() - (endOfDay ? 0 : 1);
        return left[i] + width[i] * day / d.lengthOfYear();
    }

    /** The year ticks: where the year starts, its middle, its number, and whether it is wide (and labelled). */
    List<Map<String, Object>> ticks() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < left.length; i++) {
            Map<String, Object> t = new HashMap<>();
            t.put("x", pct(left[i]));
            t.put("mid", pct(left[i] + width[i] / 2));
            t.put("year", String.valueOf(first + i));
            t.put("wide", wide[i]);
            out.add(t);
        }
        return out;
    }

    /** A percentage for an SVG attribute, with a dot whatever the locale. */
    static String pct(double v) {
        return String.format(java.util.Locale.ROOT, "%.2f%%", v);
    }
}
