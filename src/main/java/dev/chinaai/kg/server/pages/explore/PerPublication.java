package dev.chinaai.kg.server.pages.explore;

import dev.chinaai.kg.server.http.Publication;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;

/**
 * A value collected from a publication's whole graph, once per publication: a
 * publication's graph never changes, and a rebuilt graph is a new publication,
 * whose value is its own; the old one's goes with it. The explorer's pages
 * need such values on every entity page, and at 1000x the seeds collecting
 * them takes seconds to minutes.
 */
final class PerPublication<T> {
    private final Map<Publication, T> values = Collections.synchronizedMap(new WeakHashMap<>());
    private final Function<Publication, T> collect;

    PerPublication(Function<Publication, T> collect) {
        this.collect = collect;
    }

    /** The publication's value, collected on first use. Call inside a read transaction. */
    T of(Publication pub) {
        return values.computeIfAbsent(pub, collect);
    }
}
