package dev.chinaai.kg.annotation;

import dev.chinaai.kg.diagnostics.Location;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A statement the seed attributes to someone, or a statistic: who claims it,
 * the excerpts that carry it, its English rendering, and what the seed says of
 * when it was said ({@code time}), what period it speaks of ({@code period}),
 * the hedge that marks it as hearsay or opinion, where, what about and how
 * much, the claims it supports or contradicts, and the ids of claims an
 * earlier reading published that it replaces (their IRIs answer 301 here).
 */
public record ClaimAnnotation(String id, List<Ref> excerpts, Ref claimant, Map<String, String> text,
        List<Ref> via, Value.Time time, Value.Time period, String hedge, List<Ref> place, List<Ref> about, Quantity value,
        List<ClaimLink> supports, List<ClaimLink> contradicts, List<Ref> replaces, Location location) {

    public ClaimAnnotation {
        Objects.requireNonNull(location, "location");
        if (id == null) {
            throw new AnnotationException(location, "the claim has no id: add id: <slug>");
        }
        Slugs.check(id, location);
        excerpts = List.copyOf(excerpts);
        if (excerpts.isEmpty()) {
            throw new AnnotationException(location, "claim '" + id + "' needs excerpts: [<excerpt id>, ...]");
        }
        if (claimant == null) {
            throw new AnnotationException(location, "claim '" + id + "' needs claimant: <entity id>");
        }
        text = Map.copyOf(text);
        if (!text.containsKey("en")) {
            throw new AnnotationException(location, "claim '" + id + "' needs text: {en: <English rendering>}");
        }
        for (var t : text.entrySet()) {
            if (t.getValue().isBlank()) {
                throw new AnnotationException(location, "the " + t.getKey() + " text of claim '" + id
                        + "' is empty: write the claim in that language, or leave out " + t.getKey() + ": where it is not en");
            }
        }
        via = List.copyOf(via);
        place = List.copyOf(place);
        about = List.copyOf(about);
        supports = List.copyOf(supports);
        contradicts = List.copyOf(contradicts);
        replaces = List.copyOf(replaces);
    }
}
