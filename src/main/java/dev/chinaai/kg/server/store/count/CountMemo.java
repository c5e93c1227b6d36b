package dev.chinaai.kg.server.store.count;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.LongAdder;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.Closeable;

/**
 * The groups of count scans that ran to their end, kept for the data version
 * they counted, so that the next plan with the same {@link CountPlan.Key}
 * (count per class asked again, by any query text, with or without the answer
 * cache) is answered without walking the index again. A published release
 * never changes, so its counts are computed once; a write to the dataset
 * starts a new data version, which no kept groups belong to. Only small
 * answers are kept (count per class, per predicate, of the whole graph), at
 * most {@value #MAX_GROUPS} groups each and {@value #MAX_HELD} in all: a
 * group per subject is streamed as the scan finds it and not kept.
 */
final class CountMemo {
    static final int MAX_GROUPS = 4_096;
    private static final long MAX_HELD = 65_536;
    private static final LongAdder HITS = new LongAdder();

    /** A kept answer is for one data version of the dataset it was installed on. */
    private record Entry(long version, CountPlan.Key key) {
    }

    private final Cache<Entry, List<CountPlan.Group>> kept = Caffeine.newBuilder()
            .maximumWeight(MAX_HELD).weigher((Entry e, List<CountPlan.Group> g) -> g.size() + 1).build();

    /** How many plans this process answered from kept groups. */
    static long hits() {
        return HITS.sum();
    }

    /** The groups kept for this plan at this data version, or null. */
    List<CountPlan.Group> find(long version, CountPlan.Key key) {
        List<CountPlan.Group> groups = kept.getIfPresent(new Entry(version, key));
        if (groups != null) {
            HITS.increment();
        }
        return groups;
    }

    /** The scan's groups as they come; once the scan has ended, and if it had few enough groups, they are kept. */
    Iterator<CountPlan.Group> keep(long version, CountPlan.Key key, Iterator<CountPlan.Group> scan) {
        return new Recording(new Entry(version, key), scan);
    }

    /** Passes the scan's groups on and copies them, until there are too many to keep. */
    private final class Recording implements Iterator<CountPlan.Group>, Closeable {
        private final Entry entry;
        private final Iterator<CountPlan.Group> scan;
        private List<CountPlan.Group> copy = new ArrayList<>();

        Recording(Entry entry, Iterator<CountPlan.Group> scan) {
            this.entry = entry;
            this.scan = scan;
        }

        @Override
        public boolean hasNext() {
            boolean more = scan.hasNext();
            if (!more && copy != null) {
                kept.put(entry, List.copyOf(copy));
                copy = null;
            }
            return more;
        }

        @Override
        public CountPlan.Group next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            CountPlan.Group g = scan.next();
            if (copy != null) {
                copy.add(g);
                if (copy.size() > MAX_GROUPS) {
                    copy = null;
                }
            }
            return g;
        }

        @Override
        public void close() {
            Iter.close(scan);
        }
    }
}
