package dev.chinaai.kg.server.store;

import dev.chinaai.kg.diagnostics.KgException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * writes TDB2's indexes. A failure on the index's thread is thrown to the
 * caller, as it was raised, at its next hand-over or at {@link #await}.
 */
final class TextIndexFeed implements AutoCloseable {
    private static final int BATCH = 4096;
    private static final int WAITING = 8;

    private final TextIndex index;
    private final EntityDefinition docs;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "text index"));
    private final ArrayDeque<Future<?>> pending = new ArrayDeque<>();
    private List<Quad> batch = new ArrayList<>(BATCH);
    /** Set on the index's thread when a batch or the commit failed; read there only. */
    private boolean failed;

    TextIndexFeed(TextIndex index) {
        this.index = index;
        this.docs = index.getDocDef();
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

    /** Hands over what is left and starts the commit; {@link #await} waits for it. */
    void commit() {
        handOver();
        pending.add(thread.submit(() -> run(index::commit)));
    }

    /** Waits until everything handed over is indexed (and committed, after {@link #commit}). */
    void await() {
        while (!pending.isEmpty()) {
            awaitOne(pending.poll());
        }
    }

    private void handOver() {
        if (batch.isEmpty()) {
            return;
        }
        List<Quad> quads = batch;
        batch = new ArrayList<>(BATCH);
        pending.add(thread.submit(() -> run(() -> quads.forEach(this::index))));
        while (pending.size() > WAITING) {
            awaitOne(pending.poll());
        }
    }

    /**
     * Runs a batch or the commit, unless one before it failed: after a failure Lucene's writer is closed, and
     * each later document would only fail again (jena-text logs each such failure as an error).
     */
    private void run(Runnable work) {
        if (failed) {
            return;
        }
        try {
            work.run();
        } catch (RuntimeException | Error e) {
            failed = true;
            throw e;
        }
    }

    private void index(Quad q) {
        Entity e = TextQueryFuncs.entityFromQuad(docs, q);
        if (e != null) {
            index.addEntity(e);
        }
    }

    private static void awaitOne(Future<?> f) {
        try {
            f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new KgException("the text index failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KgException("interrupted while waiting for the text index", e);
        }
    }

    /**
     * Stops the index's thread once its current batch is done; after a failure, the batches still waiting are
     * dropped. The thread is not interrupted: an interrupt inside Lucene's IndexWriter (a rollback after a
     * failure, say) can leave the writer closing for ever, and closing the store then waits for ever.
     */
    @Override
    public void close() {
        pending.forEach(f -> f.cancel(false));
        thread.shutdown();
        try {
            if (!thread.awaitTermination(10, TimeUnit.MINUTES)) {
                throw new KgException("the text index's thread did not end within ten minutes of the load");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
