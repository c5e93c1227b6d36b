package dev.chinaai.kg.server.sparql;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;

/**
 * The last line against a query that fills the heap where no limit of its own
 * applies (millions of groups, a hash join's table). When the old generation
 * is still more than {@link #THRESHOLD} full after a collection, the running
 * query that has allocated the most since it started is stopped, and answers
 * 503 with a message; the next collection frees what it held. The heap
 * belongs to every thread of the server, so waiting for an
 * {@code OutOfMemoryError} would let it hit any of them, not the query's.
 */
final class MemoryGuard implements AutoCloseable {
    /** Share of the old generation that may stay in use after a collection before the largest query is stopped. */
    static final double THRESHOLD = 0.7;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final Set<Watched> running = ConcurrentHashMap.newKeySet();
    private final NotificationListener listener = this::onNotification;

    /** One running query: its thread and what that thread had allocated when the query began. */
    interface Watched {
        long threadId();

        long allocatedAtStart();

        /** Stops the query because the heap is nearly full. */
        void stopForMemory();
    }

    MemoryGuard() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            long max = pool.getUsage().getMax();
            if (pool.getType() == MemoryType.HEAP && pool.isUsageThresholdSupported()
                    && pool.isCollectionUsageThresholdSupported() && max > 0) {
                pool.setCollectionUsageThreshold((long) (max * THRESHOLD));
            }
        }
        ((NotificationEmitter) ManagementFactory.getMemoryMXBean()).addNotificationListener(listener, null, null);
    }

    /** What the current thread has allocated so far, to compare with later. */
    static long allocatedByCurrentThread() {
        return THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    void add(Watched w) {
        running.add(w);
    }

    void remove(Watched w) {
        running.remove(w);
    }

    private void onNotification(Notification n, Object handback) {
        if (!MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(n.getType())) {
            return;
        }
        running.stream().max(Comparator.comparingLong(w -> THREADS.getThreadAllocatedBytes(w.threadId()) - w.allocatedAtStart()))
                .ifPresent(Watched::stopForMemory);
    }

    @Override
    public void close() {
        try {
            ((NotificationEmitter) ManagementFactory.getMemoryMXBean()).removeNotificationListener(listener);
        } catch (ListenerNotFoundException e) {
            // Already removed: nothing to undo.
        }
    }
}
