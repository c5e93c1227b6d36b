package dev.chinaai.kg.server.pages.explore;

import dev.chinaai.kg.server.http.Publication;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;

/**
 * The timeline as the template draws it: one row per dated item with its mark
 * on the shared axis (a dot for an exact day, a dashed bar for an interval,
 * reaching the axis' edge where the graph leaves an end open), the undated
 * items beside it, the year ticks, the legend, and the filter choices.
 */
public final class TimelineView {
    /** A mark narrower than this (in % of the axis) is widened so that it stays visible. */
    private static final double MIN_WIDTH = 0.8;

    private TimelineView() {
    }

    /**
     * The view of these items, those the filter does not match drawn but hidden
     * (so that the page's script can show them without a reload). Call inside a
     * read transaction.
     */
    public static Map<String, Object> of(Publication pub, List<TimelineItem> items, Predicate<TimelineItem> shown) {
        TimeScale scale = TimeScale.over(items.stream().map(TimelineItem::when).toList());
        List<Map<String, Object>> dated = new ArrayList<>();
        List<Map<String, Object>> undated = new ArrayList<>();
        for (TimelineItem i : items) {
            Map<String, Object> row = row(i, "tl-" + (dated.size() + undated.size()));
            row.put("hidden", !shown.test(i));
            if (i.when().dated()) {
                mark(row, i.when(), scale);
                dated.add(row);
            } else {
                undated.add(row);
            }
        }
        Map<String, Object> v = new HashMap<>();
        v.put("dated", dated);
        v.put("undated", undated);
        v.put("count", items.stream().filter(shown).count());
        v.put("total", items.size());
        v.put("ticks", scale.ticks());
        v.put("kinds", Timeline.KINDS.entrySet().stream().map(e -> Map.<String, Object>of("kind", e.getKey(), "name", e.getValue())).toList());
        v.put("entityChoices", choices(pub, items.stream().flatMap(i -> i.entities().stream()).toList()));
        v.put("articleChoices", choices(pub, items.stream().flatMap(i -> i.articles().stream()).toList()));
        return v;
    }

    private static Map<String, Object> row(TimelineItem i, String tip) {
        Map<String, Object> r = new HashMap<>();
        r.put("id", i.id());
        r.put("tip", tip);
        r.put("kind", i.kind());
        r.put("kindName", Timeline.KINDS.get(i.kind()));
        r.put("label", i.label());
        r.put("href", i.href() == null ? Boolean.FALSE : i.href());
        r.put("text", i.when().text());
        r.put("iso", i.when().iso());
        r.put("exact", i.when().exact());
        r.put("entities", String.join(" ", i.entities()));
        r.put("articles", String.join(" ", i.articles()));
        r.put("quotes", i.quotes());
        return r;
    }

    /** Where the mark goes: a dot at the day, or a bar from the first to the last possible day. */
    private static void mark(Map<String, Object> r, When w, TimeScale scale) {
        if (w.exact()) {
            r.put("cx", TimeScale.pct(scale.x(w.start(), false) + (scale.x(w.start(), true) - scale.x(w.start(), false)) / 2));
            return;
        }
        double from = w.start() == null ? 0 : scale.x(w.start(), false);
        double to = w.end() == null ? 100 : scale.x(w.end(), true);
        if (to - from < MIN_WIDTH) {
            double mid = (from + to) / 2;
            from = Math.max(0, mid - MIN_WIDTH / 2);
            to = Math.min(100, from + MIN_WIDTH);
        }
        r.put("x", TimeScale.pct(from));
        r.put("w", TimeScale.pct(to - from));
        r.put("openStart", w.start() == null);
        r.put("openEnd", w.end() == null);
    }

    /** Paths with their labels and how many items name them, by label. */
    private static List<Map<String, Object>> choices(Publication pub, List<String> paths) {
        Map<String, Integer> counts = new TreeMap<>();
        paths.forEach(p -> counts.merge(p, 1, Integer::sum));
        List<Map<String, Object>> out = new ArrayList<>();
        counts.forEach((p, n) -> {
            Node node = pub.iri(p);
            out.add(Map.of("path", p, "label", Hrefs.label(pub, node), "n", n));
        });
        out.sort(Comparator.comparing((Map<String, Object> m) -> ((String) m.get("label")).toLowerCase(java.util.Locale.ROOT)));
        return out;
    }
}
