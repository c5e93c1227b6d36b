package dev.chinaai.kg.annotation;

import dev.chinaai.kg.diagnostics.Location;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An exact quote of a seed with what it mentions and what it states. Prefix,
 * suffix or a 1-based occurrence pick one place where the quote recurs. A
 * quote from the page furniture (headline, teaser, byline, caption, photo
 * credit) names its {@code pagePart}: such a quote states nothing about the
 * world, only (headline, byline) facts about the article itself.
 */
public record Excerpt(String id, String quote, String prefix, String suffix, Integer occurrence,
        String pagePart, List<Ref> mentions, List<Fact> facts, Location location, Location quoteLocation) {
    /** The parts of a news page around the article's text. */
    public static final Set<String> PAGE_PARTS = Set.of("headline", "teaser", "byline", "caption", "credit");

    public Excerpt {
        Objects.requireNonNull(location, "location");
        if (id == null) {
            throw new AnnotationException(location, "the excerpt has no id: add id: <slug>");
        }
        Slugs.check(id, location);
        if (quote == null || quote.isEmpty()) {
            throw new AnnotationException(location, "excerpt '" + id + "' has no quote: add quote: \"<exact text of the seed>\"");
        }
        if (quote.isBlank()) {
            throw new AnnotationException(quoteLocation, "the quote of excerpt '" + id
                    + "' is blank: copy the words it stands for from the seed, character for character");
        }
        if (quote.indexOf('\n') >= 0) {
            throw new AnnotationException(quoteLocation, "the quote of '" + id + "' contains a line break: quote one paragraph at most");
        }
        if (occurrence != null && occurrence < 1) {
            throw new AnnotationException(location, "occurrence counts from 1, got " + occurrence);
        }
        if (pagePart != null && !PAGE_PARTS.contains(pagePart)) {
            throw new AnnotationException(location, "pagePart '" + pagePart + "' of excerpt '" + id
                    + "' is not a part of the page; use one of " + new java.util.TreeSet<>(PAGE_PARTS));
        }
        mentions = List.copyOf(mentions);
        facts = List.copyOf(facts);
    }
}
