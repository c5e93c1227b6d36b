package dev.chinaai.kg.server.store.count;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.Closeable;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;

/**
 * The groups of a {@link CountPlan}: walks the index entries in order and
 * hands out each group with its counts as soon as the group's run ends, so that
 * memory stays constant however many groups there are. It checks the
 * pattern's constants that do not lead the index order on each entry, and
 * looks at the query's cancel signal every {@value #CHECK_EVERY} entries
 * walked: a scan can be millions of entries long, and a timeout must still
 * stop it.
 */
final class CountScan implements Iterator<CountPlan.Group>, Closeable {
    private static final int CHECK_EVERY = 1 << 16;
    /** Subject, predicate and object: what makes two quads of the union graph the same triple. */
    private static final int[] TRIPLE_SLOTS = {1, 2, 3};

    private final CountPlan plan;
    private final Iterator<Tuple<NodeId>> entries;
    /** The pattern's constants as node ids, in natural order (null: any); the leading ones bound the range already. */
    private final NodeId[] constants;
    private final NodeTable nodes;
    private final AtomicBoolean cancel;
    private Tuple<NodeId> previous;
    /** The first entry of the group being counted; null before the first entry. */
    private Tuple<NodeId> group;
    private long rows;
    private long distinct;
    private NodeId lastDistinct;
    private long seen;
    private boolean ended;
    private CountPlan.Group next;

    CountScan(CountPlan plan, Iterator<Tuple<NodeId>> entries, NodeId[] constants, NodeTable nodes, AtomicBoolean cancel) {
        this.plan = plan;
        this.entries = entries;
        this.constants = constants;
        this.nodes = nodes;
        this.cancel = cancel;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !ended) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public CountPlan.Group next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CountPlan.Group b = next;
        next = null;
        return b;
    }

    @Override
    public void close() {
        Iter.close(entries);
    }

    private CountPlan.Group advance() {
        while (entries.hasNext()) {
            Tuple<NodeId> t = entries.next();
            if (++seen % CHECK_EVERY == 0 && cancel != null && cancel.get()) {
                throw new QueryCancelledException();
            }
            if (!matches(t)) {
                continue;
            }
            if (plan.union && previous != null && same(t, previous, TRIPLE_SLOTS)) {
                continue;   // the same triple in another named graph: the union graph holds it once
            }
            previous = t;
            if (group != null && !same(t, group, plan.groupSlots)) {
                CountPlan.Group done = counted(group);
                open(t);
                return done;
            }
            if (group == null) {
                open(t);
            } else {
                add(t);
            }
        }
        ended = true;
        if (group != null) {
            return counted(group);
        }
        // No match: no groups, but an aggregate without GROUP BY still has its one solution (counts of 0).
        return plan.groupSlots.length == 0 ? counted(null) : null;
    }

    private void open(Tuple<NodeId> t) {
        group = t;
        rows = 0;
        distinct = 0;
        lastDistinct = null;
        add(t);
    }

    private void add(Tuple<NodeId> t) {
        rows++;
        if (plan.distinctSlot >= 0) {
            NodeId d = t.get(plan.distinctSlot);
            if (!d.equals(lastDistinct)) {
                distinct++;
                lastDistinct = d;
            }
        }
    }

    private CountPlan.Group counted(Tuple<NodeId> first) {
        Node[] keys = new Node[4];
        for (int slot : plan.groupSlots) {
            keys[slot] = nodes.getNodeForNodeId(first.get(slot));
        }
        return new CountPlan.Group(keys, rows, distinct);
    }

    private boolean matches(Tuple<NodeId> t) {
        for (int i = 0; i < constants.length; i++) {
            if (constants[i] != null && !constants[i].equals(t.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(Tuple<NodeId> a, Tuple<NodeId> b, int[] slots) {
        for (int s : slots) {
            if (!a.get(s).equals(b.get(s))) {
                return false;
            }
        }
        return true;
    }
}
