package dev.chinaai.kg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Periodic progress lines for long stages: a stage that has run for
 * {@value #EVERY_SECONDS} seconds or more gets a line on stderr every
 * {@value #EVERY_SECONDS} seconds saying which stage and for how long, so a
 * build of a large corpus never looks hung. Short builds print nothing extra.
 */
final class StageProgress implements AutoCloseable {
    static final int EVERY_SECONDS = 10;
    private final PrintWriter err;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "stage-progress");
        t.setDaemon(true);
        return t;
    });
    private volatile String stage = "";
    private volatile long since = System.nanoTime();

    StageProgress(PrintWriter err) {
        this.err = err;
        timer.scheduleAtFixedRate(this::tick, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    void stage(String name) {
        stage = name;
        since = System.nanoTime();
    }

    private void tick() {
        long s = (System.nanoTime() - since) / 1_000_000_000;
        if (s >= EVERY_SECONDS) {
            synchronized (err) {
                err.printf("  ... %s: %d s so far%n", stage, s);
                err.flush();
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
