package dev.chinaai.kg.server.sparql;

import dev.chinaai.kg.server.options.QueryLimits;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Admission for slow queries. Every query starts at once; one still running
 * after {@link QueryLimits#slowAfterMillis()} needs one of
 * {@link QueryLimits#maxSlowQueries()} permits to go on, and is aborted if none
 * is free. So however many slow queries arrive, at most that many compete with
 * the cheap ones for the cores, and the rest learn within a second that they
 * should retry, instead of each holding a core until the timeout. The lane
 * also watches the heap ({@link MemoryGuard}): when it stays nearly full, the
 * query that allocated the most is stopped, likewise with 503.
 */
public final class SlowLane implements AutoCloseable {
    private final QueryLimits limits;
    private final Semaphore permits;
    private final MemoryGuard memory = new MemoryGuard();
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "slow-query-lane");
        t.setDaemon(true);
        return t;
    });

    public SlowLane(QueryLimits limits) {
        this.limits = limits;
        this.permits = new Semaphore(limits.maxSlowQueries());
        // Almost every query ends before its check is due; its cancelled check leaves the queue at once instead of
        // waiting out the delay (thousands per second would otherwise pile up in the timer's heap).
        timer.setRemoveOnCancelPolicy(true);
    }

    /** Watches a query from now until its ticket is closed. */
    Ticket enter(QueryExec exec) {
        Ticket t = new Ticket(exec);
        memory.add(t);
        t.watch(timer.schedule(t::turnedSlow, limits.slowAfterMillis(), TimeUnit.MILLISECONDS));
        return t;
    }

    /** Why a refused query was stopped, for its 503 answer. */
    String refusal() {
        return "too many slow queries: at most " + limits.maxSlowQueries() + " may run longer than "
                + limits.slowAfterMillis() + " ms at once, and that many already do; this query was stopped after "
                + limits.slowAfterMillis() + " ms. Retry later, or make it cheaper (bind a subject, add a LIMIT)";
    }

    /** Why a query stopped for memory was stopped, for its 503 answer. */
    static String memoryRefusal() {
        return "the server ran short of memory while this query, the largest running, held it, and stopped it. Retry "
                + "later, or make it cheaper (fewer groups or distinct values, a LIMIT, a bound subject)";
    }

    @Override
    public void close() {
        timer.shutdownNow();
        memory.close();
    }

    /** One query's passage: holds a permit once the query turned slow, until closed. */
    final class Ticket implements AutoCloseable, MemoryGuard.Watched {
        private final QueryExec exec;
        private final long threadId = Thread.currentThread().getId();
        private final long allocatedAtStart = MemoryGuard.allocatedByCurrentThread();
        private boolean stoppedForMemory;
        private ScheduledFuture<?> check;
        private boolean done;
        private boolean holding;
        private boolean refused;

        private Ticket(QueryExec exec) {
            this.exec = exec;
        }

        private synchronized void watch(ScheduledFuture<?> f) {
            check = f;
        }

        private synchronized void turnedSlow() {
            if (done) {
                return;
            }
            if (permits.tryAcquire()) {
                holding = true;
            } else {
                refused = true;
                exec.abort();
            }
        }

        @Override
        public long threadId() {
            return threadId;
        }

        @Override
        public long allocatedAtStart() {
            return allocatedAtStart;
        }

        @Override
        public synchronized void stopForMemory() {
            if (!done) {
                stoppedForMemory = true;
                try {
                    exec.abort();
                } catch (RuntimeException e) {
                    // ARQ's sort bag deletes its spill files while the query thread may still add to them
                    // (ConcurrentModificationException); the query is flagged all the same and its thread
                    // answers 503 (BoundedQuery), so the watcher's thread must not die of it.
                }
            }
        }

        /** Whether this query was aborted because the heap was nearly full. */
        synchronized boolean stoppedForMemory() {
            return stoppedForMemory;
        }

        /** Whether this query was aborted for want of a permit (rather than by the timeout). */
        synchronized boolean refused() {
            return refused;
        }

        @Override
        public synchronized void close() {
            done = true;
            memory.remove(this);
            if (check != null) {
                check.cancel(false);
            }
            if (holding) {
                holding = false;
                permits.release();
            }
        }
    }
}
