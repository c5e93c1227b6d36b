package dev.chinaai.kg.server.pages.explore;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One thing that happened at a time the graph gives: a founding, a release, a
 * policy, an event, a publication, an activity, an affiliation or a claim.
 *
 * @param id the time node's IRI, which names the item
 * @param kind the kind, one of {@link Timeline#KINDS}
 * @param label what happened, in English
 * @param href the page of the thing that happened
 * @param when when, as the graph gives it
 * @param entities paths of the entities it involves (itself, and those it links to)
 * @param articles paths of the articles that state it
 * @param quotes the exact quotes it is derived from
 */
public record TimelineItem(String id, String kind, String label, String href, When when, Set<String> entities,
        Set<String> articles, List<String> quotes) {
    public TimelineItem {
        Objects.requireNonNull(id, "id");
        if (!Timeline.KINDS.containsKey(kind)) {
            throw new IllegalArgumentException("unknown timeline kind " + kind + " of " + id);
        }
        Objects.requireNonNull(when, "when");
        // Sorted, so that a page lists them in the same order in every process (Set.copyOf's order is not).
        entities = Collections.unmodifiableSortedSet(new TreeSet<>(entities));
        articles = Collections.unmodifiableSortedSet(new TreeSet<>(articles));
        quotes = List.copyOf(quotes);
    }
}
