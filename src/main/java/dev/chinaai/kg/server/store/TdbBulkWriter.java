package dev.chinaai.kg.server.store;

import dev.chinaai.kg.diagnostics.KgException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdInline;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetable.NodeTableCache;
import org.apache.jena.tdb2.store.nodetable.NodeTableWrapper;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Writes quads into an empty TDB2 database in two phases. While the quads
 * stream in, the calling thread writes the node table and keeps each quad as
 * a row of node ids in memory (32 bytes a quad). Then every index is sorted
 * from those rows and its B+ tree packed bottom up, as TDB2's xloader does,
 * one thread per core each taking the next index. TDB2's sequential loader
 * inserted each quad into each B+ tree at random (shifting records within
 * blocks and splitting them), one index after the other on one thread with
 * the other core idle: at 1000x its index phase took 170 s of a 473 s load,
 * against 59 s for the six indexes here (bench/RESULTS.md).
 * <p>
 * Each index is written in a transaction of its own with the database in
 * exclusive mode meanwhile, as TDB2's loaders do, and a failure on any thread
 * (a full disk faults a memory-mapped write with an {@link InternalError})
 * ends the whole load and is thrown to the caller as it was raised. TDB2's
 * phased loader catches {@link Exception} only in its threads, so an
 * {@link Error} there left it waiting for ever.
 */
final class TdbBulkWriter {
    /** Nodes remembered by {@link #id} before the memo starts again: a few hundred MB of heap at most. */
    private static final int RECENT = 1 << 20;

    private final DatasetGraphTDB tdb;
    private final NodeTable nodes;
    private final NodeTable uncachedNodes;
    private final Map<Node, NodeId> recent = new HashMap<>();
    private final TupleIndex[] triples;
    private final TupleIndex[] quads;
    private final Transaction nodeTxn;
    private final KeyOrderedRows tripleRows;
    private final KeyOrderedRows quadRows;

    private TdbBulkWriter(DatasetGraphTDB tdb, long expected) {
        this.tdb = tdb;
        this.nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
        this.uncachedNodes = uncached(nodes);
        this.triples = tdb.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes();
        this.quads = tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes();
        this.tripleRows = new KeyOrderedRows("SPO", 0);
        this.quadRows = new KeyOrderedRows("GSPO", expected);
        TransactionCoordinator nodeCoordinator = CoLib.newCoordinator();
        CoLib.add(nodeCoordinator, nodes);
        CoLib.start(nodeCoordinator);
        this.nodeTxn = nodeCoordinator.begin(TxnType.WRITE);
    }

    /**
     * Starts a load into {@code storage} (the TDB2 dataset, empty), which no one else may use until it ends;
     * {@code expected} quads, about, or 0 if not known.
     */
    static TdbBulkWriter start(DatasetGraph storage, long expected) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(storage);
        if (!Txn.calculateRead(tdb, tdb::isEmpty)) {
            throw new KgException("a bulk load needs an empty TDB2 database");
        }
        tdb.getTxnSystem().getTxnMgr().startExclusiveMode();
        try {
            return new TdbBulkWriter(tdb, expected);
        } catch (RuntimeException | Error e) {
            tdb.getTxnSystem().getTxnMgr().finishExclusiveMode();
            throw e;
        }
    }

    /** Adds one quad; a quad of the default graph goes to the triple table, as TDB2 stores it. */
    void add(Quad q) {
        if (q.isDefaultGraph()) {
            tripleRows.add(id(q.getSubject()), id(q.getPredicate()), id(q.getObject()));
        } else {
            quadRows.add(id(q.getGraph()), id(q.getSubject()), id(q.getPredicate()), id(q.getObject()));
        }
    }

    /**
     * The node's id: inline for a value TDB2 keeps in the id, else from the
     * node table under TDB2's caches, with a plain memo of the nodes seen last
     * in front (a quad's graph, subject and predicate mostly repeat the last
     * quad's). TDB2's caches put and evict every new node, in the calling
     * thread: a quarter of that thread's time in a load, where most nodes are
     * new and are not asked for again. Nothing reads through those caches
     * meanwhile (the database is empty at the start and in exclusive mode), so
     * they hold nothing the load could make wrong.
     */
    private NodeId id(Node n) {
        NodeId id = recent.get(n);
        if (id == null) {
            id = NodeIdInline.inline(n);
            if (id == null) {
                id = uncachedNodes.getAllocateNodeId(n);
            }
            if (recent.size() == RECENT) {
                recent.clear();
            }
            recent.put(n, id);
        }
        return id;
    }

    /** The node table that stores nodes, under the wrappers that inline values and cache. */
    private static NodeTable uncached(NodeTable table) {
        NodeTable t = table;
        while (t instanceof NodeTableWrapper || t instanceof NodeTableCache) {
            t = t instanceof NodeTableWrapper w ? w.wrapped() : ((NodeTableCache) t).wrapped();
        }
        return t;
    }

    /** Commits the node table, then writes every index of the rows added. */
    void finish(PrintWriter log) {
        nodeTxn.commit();
        nodeTxn.end();
        long t = System.nanoTime();
        buildIndexes(log);
        log.printf("  store: indexes of %,d triples and %,d quads written in %.1f s%n", tripleRows.size(),
                quadRows.size(), (System.nanoTime() - t) / 1e9);
        log.flush();
    }

    /**
     * Ends the load, whether {@link #finish} ran or failed or never came: what was not committed is aborted, and
     * the database leaves exclusive mode.
     */
    void close() {
        try {
            endAborting(nodeTxn);
        } finally {
            tdb.getTxnSystem().getTxnMgr().finishExclusiveMode();
        }
    }

    /**
     * Writes the indexes on as many threads as there are cores (at least two), each thread taking the next index
     * not yet written.
     */
    private void buildIndexes(PrintWriter log) {
        ConcurrentLinkedQueue<Runnable> jobs = new ConcurrentLinkedQueue<>();
        for (TupleIndex index : quads) {
            jobs.add(() -> pack(index, quadRows, log));
        }
        for (TupleIndex index : triples) {
            jobs.add(() -> pack(index, tripleRows, log));
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        int n = Math.max(2, Runtime.getRuntime().availableProcessors());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Thread th = new Thread(() -> {
                for (Runnable job = jobs.poll(); job != null && failure.get() == null; job = jobs.poll()) {
                    try {
                        job.run();
                    } catch (RuntimeException | Error e) {
                        failure.compareAndSet(null, e);
                    }
                }
            }, "store index " + i);
            // Kept, not printed: an Error can strike outside the try (out of memory anywhere); the caller reports it.
            th.setUncaughtExceptionHandler((t, e) -> failure.compareAndSet(null, e));
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            try {
                th.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure.compareAndSet(null, new KgException("interrupted while writing the indexes", e));
            }
        }
        Failures.rethrow(failure.get(), "writing an index");
    }

    /**
     * Writes {@code index}, empty, from the rows sorted into its key order: TDB2's B+ tree packed bottom up, as
     * its xloader does, in a write transaction on that index alone.
     */
    private static void pack(TupleIndex index, KeyOrderedRows rows, PrintWriter log) {
        if (rows.size() == 0) {
            return;
        }
        long t = System.nanoTime();
        BPlusTree tree = (BPlusTree) ((TupleIndexRecord) index).getRangeIndex();
        KeyOrderedRows.Records records = rows.records(index.getName(), tree.getRecordFactory());
        long sorted = System.nanoTime();
        CoLib.executeWrite(index, () -> BPlusTreeRewriter.packIntoBPlusTree(records, tree.getParams(),
                tree.getRecordFactory(), tree.getStateManager().getBufferChannel(),
                tree.getNodeManager().getBlockMgr(), tree.getRecordsMgr().getBlockMgr()));
        synchronized (log) {
            log.printf("  store: %s: %,d rows sorted in %.1f s, written in %.1f s%n", index.getName(), records.handedOut(),
                    (sorted - t) / 1e9, (System.nanoTime() - sorted) / 1e9);
            log.flush();
        }
    }

    /** Ends a transaction; one that has neither committed nor aborted is aborted. */
    private static void endAborting(Transaction txn) {
        if (!txn.hasFinished()) {
            txn.abort();
        } else if (!txn.hasFinalised()) {
            txn.end();
        }
    }
}
