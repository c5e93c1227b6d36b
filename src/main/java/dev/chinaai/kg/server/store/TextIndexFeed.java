package dev.chinaai.kg.server.store;

import dev.chinaai.kg.diagnostics.KgException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.Quad;

/**
 * Feeds a text index on a thread of its own while the caller goes on loading
 * TDB2: the documents a text dataset makes for the quads of indexed
 * predicates, in the order the quads are given, handed over in batches with
 * at most a few batches waiting (so memory stays bounded and a slow index
 * holds the caller back), and the commit, which can run while the caller
 * writes TDB2's indexes.
 * <p>
 * The index's thread stops at its first failure and keeps it, without a
 * word of its own; the caller gets it, as it was raised, at its next hand-over
 * or at {@link #await}. Nothing there can leave the caller waiting: the thread
 * is watched while the caller waits for it, and it is never interrupted (an
 * interrupt inside Lucene's IndexWriter, in a rollback after a failure, say,
 * can leave the writer closing for ever, and closing the store then waits for
 * ever).
 */
final class TextIndexFeed implements AutoCloseable {
    private static final int BATCH = 4096;
    private static final int WAITING = 8;
    private static final long WAIT_MS = 100;
    /** Hand-over markers, told apart from batches by identity. */
    private static final List<Quad> COMMIT = new ArrayList<>();
    private static final List<Quad> END = new ArrayList<>();

    private final TextIndex index;
    private final EntityDefinition docs;
    private final BlockingQueue<List<Quad>> queue = new ArrayBlockingQueue<>(WAITING);
    private final CountDownLatch ended = new CountDownLatch(1);
    private final Thread thread;
    private volatile Throwable failure;
    private List<Quad> batch = new ArrayList<>(BATCH);

    TextIndexFeed(TextIndex index) {
        this.index = index;
        this.docs = index.getDocDef();
        this.thread = new Thread(this::run, "text index");
        // Kept, not printed: the caller reports it (a last resort; run() keeps its own failures).
        thread.setUncaughtExceptionHandler((t, e) -> keep(e));
        thread.start();
    }

    /** Indexes {@code q} if its predicate is one the index holds. */
    void add(Quad q) {
        if (docs.getField(q.getPredicate()) == null) {
            return;
        }
        batch.add(q);
        if (batch.size() == BATCH) {
            handOver();
        }
    }

    /** Hands over what is left and the commit; {@link #await} waits for it. */
    void commit() {
        handOver();
        put(COMMIT);
    }

    /** Waits until everything handed over is indexed (and committed, after {@link #commit}). */
    void await() {
        handOver();
        put(END);
        waitForEnd();
        rethrowFailure();
    }

    private void handOver() {
        if (!batch.isEmpty()) {
            List<Quad> quads = batch;
            batch = new ArrayList<>(BATCH);
            put(quads);
        }
    }

    /** Puts into the queue, giving up as soon as the index's thread has failed or ended. */
    private void put(List<Quad> item) {
        try {
            while (!queue.offer(item, WAIT_MS, TimeUnit.MILLISECONDS)) {
                rethrowFailure();
                if (ended.getCount() == 0) {
                    throw new KgException("the text index's thread ended before the load did");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KgException("interrupted while feeding the text index", e);
        }
        rethrowFailure();
    }

    private void run() {
        try {
            for (List<Quad> item = queue.take(); item != END; item = queue.take()) {
                if (item == COMMIT) {
                    index.commit();
                } else {
                    for (Quad q : item) {
                        Entity e = TextQueryFuncs.entityFromQuad(docs, q);
                        if (e != null) {
                            index.addEntity(e);
                        }
                    }
                }
            }
        } catch (RuntimeException | Error | InterruptedException e) {
            keep(e);
        } finally {
            ended.countDown();
        }
    }

    private void keep(Throwable e) {
        if (failure == null) {
            failure = e;
        }
    }

    private void rethrowFailure() {
        Failures.rethrow(failure, "the text index");
    }

    private void waitForEnd() {
        try {
            while (!ended.await(WAIT_MS, TimeUnit.MILLISECONDS)) {
                if (!thread.isAlive()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KgException("interrupted while waiting for the text index", e);
        }
    }

    /**
     * Ends the index's thread after what it holds (at once if it has failed), without interrupting it; the
     * caller's own failure, if any, is the one that propagates.
     */
    @Override
    public void close() {
        if (ended.getCount() == 0) {
            return;
        }
        try {
            while (!queue.offer(END, WAIT_MS, TimeUnit.MILLISECONDS) && thread.isAlive()) {
                continue;
            }
            thread.join(TimeUnit.MINUTES.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
