package dev.chinaai.kg.annotation;

import dev.chinaai.kg.diagnostics.Location;
import java.util.List;
import java.util.Objects;

/**
 * An exact quote of a seed with what it mentions and what it states. Prefix,
 * suffix or a 1-based occurrence pick one place where the quote recurs.
 */
public record Excerpt(String id, String quote, String prefix, String suffix, Integer occurrence,
        List<Ref> mentions, List<Fact> facts, Location location, Location quoteLocation) {

    public Excerpt {
        Objects.requireNonNull(location, "location");
        if (id == null) {
            throw new AnnotationException(location, "the excerpt has no id: add id: <slug>");
        }
        Slugs.check(id, location);
        if (quote == null || quote.isEmpty()) {
            throw new AnnotationException(location, "excerpt '" + id + "' has no quote: add quote: \"<exact text of the seed>\"");
        }
        if (quote.indexOf('\n') >= 0) {
            throw new AnnotationException(quoteLocation, "the quote of '" + id + "' contains a line break: quote one paragraph at most");
        }
        if (occurrence != null && occurrence < 1) {
            throw new AnnotationException(location, "occurrence counts from 1, got " + occurrence);
        }
        mentions = List.copyOf(mentions);
        facts = List.copyOf(facts);
    }
}
