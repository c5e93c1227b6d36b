package dev.chinaai.kg.server.cite;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One citable work: an article, an excerpt of one, or the dataset. Every
 * value comes from the graph; those it does not give are null (authors:
 * empty). {@code date} is ISO 8601 as the graph writes it, from a year to an
 * instant; {@code container} is the title of the article an excerpt is part of.
 *
 * @param key       a citation key, unique among the works of one document
 * @param kind      what the work is
 * @param title     its title (for an excerpt: the quoted words)
 * @param authors   its authors, as the graph names them
 * @param publisher who published it
 * @param container the title of the work it is part of, or null
 * @param date      when it was published, or null
 * @param url       where it is read
 * @param language  its language tag, or null
 * @param note      where exactly (character offsets, seed file), or null
 */
public record Work(String key, Kind kind, String title, List<String> authors, String publisher, String container,
        String date, String url, String language, String note) {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_:.-]*");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2}(T.*)?)?)?");

    /** What a work is. */
    public enum Kind { ARTICLE, EXCERPT, DATASET }

    public Work {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("citation key must be letters, digits, '_', ':', '.' or '-': " + key);
        }
        if (title == null || title.isBlank() || url == null || url.isBlank()) {
            throw new IllegalArgumentException(key + ": a work needs a title and a URL");
        }
        if (date != null && !DATE.matcher(date).matches()) {
            throw new IllegalArgumentException(key + ": date is not ISO 8601: " + date);
        }
        authors = List.copyOf(authors);
    }

    /** Year, month and day as far as the date gives them (empty without a date). */
    public int[] dateParts() {
        if (date == null) {
            return new int[0];
        }
        String[] p = date.substring(0, Math.min(date.length(), 10)).split("-");
        int[] out = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = Integer.parseInt(p[i]);
        }
        return out;
    }
}
