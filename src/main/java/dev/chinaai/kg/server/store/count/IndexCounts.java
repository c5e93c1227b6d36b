package dev.chinaai.kg.server.store.count;

import dev.chinaai.kg.server.store.Store;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.iterator.QueryIterRoot;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.apache.jena.tdb2.solver.QC2;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Counts over one quad pattern of a TDB2 dataset (count per class, triples
 * per predicate, COUNT(*) of the whole graph) answered from one index scan on
 * node ids (see {@link CountPlan}), by TDB2's query executor with that one
 * step added; every other query, and every group this cannot answer exactly
 * as ARQ would, goes through TDB2's executor unchanged.
 */
public final class IndexCounts {
    /** TDB2's executor, with GROUP BY of counts over one quad pattern answered by {@link CountPlan}, each time by a scan. */
    static final OpExecutorFactory FACTORY = cxt -> new Executor(cxt, null);
    private static final LongAdder SCANS = new LongAdder();

    private IndexCounts() {
    }

    /**
     * An expression whose value is the value of the one it wraps, which it only
     * watches (its time, its size, a query's budget of values kept). A scan keeps
     * no values, so it counts what the wrapped variable is bound to, as ARQ would.
     */
    public interface Watch {
        /** The expression watched. */
        Expr watched();
    }

    /**
     * Makes queries of this dataset use the counting executor, if it is a TDB2
     * dataset (in memory or on disk); other datasets are left as they are. The
     * dataset's small count answers are kept per data version ({@link CountMemo}).
     */
    public static void install(DatasetGraph dataset) {
        if (TDBInternal.isBackedByTDB(Store.storage(dataset))) {
            CountMemo memo = new CountMemo();
            QC.setFactory(dataset.getContext(), cxt -> new Executor(cxt, memo));
        }
    }

    /** How many groups this process has answered by an index scan (a test or a benchmark can tell the scan ran). */
    public static long scans() {
        return SCANS.sum();
    }

    /** How many groups this process has answered from the groups an earlier scan of the same data kept. */
    public static long remembered() {
        return CountMemo.hits();
    }

    /** The plan's solutions, kept from an earlier scan of this data or from a scan now; null if no index serves it. */
    private static QueryIterator answer(CountPlan plan, DatasetGraphTDB dsg, ExecutionContext cxt, CountMemo memo) {
        Transaction txn = dsg.getTxnSystem().getThreadTransaction();
        // Kept groups are of one data version; outside a transaction there is none to tell them by.
        CountMemo kept = txn == null ? null : memo;
        long version = txn == null ? -1 : txn.getDataVersion();
        CountPlan.Key key = plan.key();
        List<CountPlan.Group> found = kept == null ? null : kept.find(version, key);
        if (found != null) {
            return solutions(plan, found.iterator(), cxt);
        }
        Iterator<CountPlan.Group> groups = scan(plan, dsg, cxt);
        if (groups == null) {
            return null;
        }
        SCANS.increment();
        return solutions(plan, kept == null ? groups : kept.keep(version, key, groups), cxt);
    }

    private static QueryIterator solutions(CountPlan plan, Iterator<CountPlan.Group> groups, ExecutionContext cxt) {
        return QueryIterPlainWrapper.create(Iter.map(groups, plan::solution), cxt);
    }

    /** The plan's groups from the dataset's index, or null if the store lacks the index the plan needs. */
    static Iterator<CountPlan.Group> scan(CountPlan plan, DatasetGraphTDB dsg, ExecutionContext cxt) {
        TupleIndex index = null;
        for (TupleIndex i : dsg.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
            if (i.getName().equals(plan.index)) {
                index = i;
            }
        }
        if (index == null) {
            return null;
        }
        NodeTable nodes = dsg.getQuadTable().getNodeTupleTable().getNodeTable();
        NodeId[] constants = new NodeId[4];
        for (int i = 0; i < 4; i++) {
            constants[i] = plan.constants[i] == null ? null : nodes.getNodeIdForNode(plan.constants[i]);
            if (constants[i] != null && NodeId.isDoesNotExist(constants[i])) {
                // A constant the store has never seen matches nothing; the scan of no entries says what that means.
                return new CountScan(plan, Collections.emptyIterator(), constants, nodes, cxt.getCancelSignal());
            }
        }
        // The range: the constants that lead the index order. The others the scan checks on each entry itself,
        // so that it sees every entry walked and can stop on a cancel however few of them match.
        NodeId[] range = {NodeId.NodeIdAny, NodeId.NodeIdAny, NodeId.NodeIdAny, NodeId.NodeIdAny};
        for (char c : plan.index.toCharArray()) {
            int slot = CountPlan.SLOTS.indexOf(c);
            if (constants[slot] == null) {
                break;
            }
            range[slot] = constants[slot];
        }
        Tuple<NodeId> find = TupleFactory.create4(range[0], range[1], range[2], range[3]);
        return new CountScan(plan, index.find(find), constants, nodes, cxt.getCancelSignal());
    }

    /** TDB2's executor; only a group at the top of a query (no input solutions to join with) may take the scan. */
    private static final class Executor extends OpExecutorTDB2 {
        /** Where this dataset's counts are kept; null: scan every time. */
        private final CountMemo memo;

        Executor(ExecutionContext cxt, CountMemo memo) {
            super(cxt);
            this.memo = memo;
        }

        @Override
        protected QueryIterator execute(OpGroup group, QueryIterator input) {
            if (input instanceof QueryIterRoot && execCxt.getDataset() instanceof DatasetGraphTDB dsg
                    && QC2.getFilter(execCxt.getContext()) == null) {
                CountPlan plan = CountPlan.of(group);
                QueryIterator answer = plan == null ? null : answer(plan, dsg, execCxt, memo);
                if (answer != null) {
                    input.close();
                    return answer;
                }
            }
            return super.execute(group, input);
        }
    }
}
