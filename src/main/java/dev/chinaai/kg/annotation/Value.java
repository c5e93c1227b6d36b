package dev.chinaai.kg.annotation;

import dev.chinaai.kg.diagnostics.Location;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The value of a fact field as the curator wrote it. Its shape (a scalar, a
 * list, a text with languages, a time) is fixed here; what it means (an entity
 * id, a year, a number) is decided by the field rule that reads it.
 */
public sealed interface Value permits Value.Scalar, Value.ScalarList, Value.Text, Value.Time {

    Location location();

    /** A single plain value: an id, a number, a year, a word. */
    record Scalar(String raw, Location location) implements Value {
        public Scalar {
            Objects.requireNonNull(raw, "raw");
        }
    }

    /** A list of plain values, for example entity ids. */
    record ScalarList(List<Scalar> items, Location location) implements Value {
        public ScalarList {
            items = List.copyOf(items);
            if (items.isEmpty()) {
                throw new AnnotationException(location, "empty list: leave the field out instead");
            }
        }
    }

    /** A text in one or more languages: {@code {de: ..., en: ...}}. */
    record Text(Map<String, String> byLanguage, Location location) implements Value {
        public Text {
            byLanguage = Map.copyOf(byLanguage);
            if (byLanguage.isEmpty()) {
                throw new AnnotationException(location, "a text needs at least one language, e.g. {de: ..., en: ...}");
            }
            for (var e : byLanguage.entrySet()) {
                if (!e.getKey().matches("[a-z]{2}")) {
                    throw new AnnotationException(location, "'" + e.getKey() + "' is not a language code: use de or en");
                }
                if (e.getValue().isBlank()) {
                    throw new AnnotationException(location, "the " + e.getKey() + " text is empty");
                }
            }
        }
    }

    /**
     * A time as the seed gives it ({@code text}, required) with optional ISO
     * values and a note on how a relative date was resolved. {@code date} is a
     * point of the precision the text gives; {@code from}/{@code to} are the
     * beginning and end of a span the text names; {@code after}/{@code before}
     * only bound a time the text does not fix (no span is implied).
     */
    record Time(String text, String date, String before, String after, String from, String to, String resolution,
            Location location) implements Value {
        public Time {
            if (text == null || text.isBlank()) {
                throw new AnnotationException(location, "a time needs text: the words the seed uses, e.g. {text: Frühsommer 2025}");
            }
            if (resolution != null && date == null && before == null && after == null && from == null && to == null) {
                throw new AnnotationException(location,
                        "resolution: explains how a date or bound was worked out: give date:, from:/to:, before: or after: too, or drop resolution:");
            }
            if (date != null && (from != null || to != null)) {
                throw new AnnotationException(location, "a time is a point (date:) or a span (from:/to:), not both: "
                        + "'zwischen 2017 und 2022' is {from: \"2017\", to: \"2022\"}, 'im Jahr 2023' is {date: \"2023\"}");
            }
        }

        /** Whether the text gives a span with a beginning or an end ("zwischen ... und ...", "von ... bis ..."). */
        public boolean span() {
            return from != null || to != null;
        }
    }
}
