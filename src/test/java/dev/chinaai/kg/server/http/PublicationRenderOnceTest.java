package dev.chinaai.kg.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import dev.chinaai.kg.graph.IriBase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A resource's representation is rendered once even when many clients ask for
 * it at the same moment on a cold server: the others wait for that rendering
 * instead of each doing the same work (64 cold clients used to render each
 * page up to 8 times at once and pass wrk's 2 s timeout in the soak).
 */
class PublicationRenderOnceTest {
    private static final int FOLLOWERS = 7;

    private static Publication publication() {
        return new Publication(TestGraph.LAYOUT, TestGraph.dataset(), IriBase.CANONICAL, "/sparql", 0);
    }

    @Test
    void concurrentRequestsForOneKeyShareOneRendering() throws InterruptedException {
        Publication pub = publication();
        AtomicInteger renders = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Rendered> got = java.util.Collections.synchronizedList(new ArrayList<>());
        Runnable ask = () -> got.add(pub.cached("/id/x.html", () -> {
            renders.incrementAndGet();
            started.countDown();
            await(release);
            return Rendered.of("text/html; charset=utf-8", "<p>x</p>");
        }));
        Thread leader = new Thread(ask);
        leader.start();
        assertTrue(started.await(10, TimeUnit.SECONDS));
        List<Thread> followers = new ArrayList<>();
        for (int i = 0; i < FOLLOWERS; i++) {
            Thread t = new Thread(ask);
            followers.add(t);
            t.start();
        }
        for (Thread t : followers) {
            waitUntilBlocked(t);
        }
        release.countDown();
        leader.join(10_000);
        for (Thread t : followers) {
            t.join(10_000);
        }
        assertEquals(1, renders.get(), "renderings of one key asked for by " + (FOLLOWERS + 1) + " clients at once");
        assertEquals(FOLLOWERS + 1, got.size());
        got.forEach(r -> assertSame(got.get(0), r));
    }

    @Test
    void aFailedRenderingReachesEveryWaiterAndIsTriedAgainLater() throws InterruptedException {
        Publication pub = publication();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<RuntimeException> followerSaw = new AtomicReference<>();
        Thread leader = new Thread(() -> {
            try {
                pub.cached("/id/y.html", () -> {
                    started.countDown();
                    await(release);
                    throw new IllegalStateException("renderer broke");
                });
            } catch (IllegalStateException expected) {
                // the leader sees its own failure
            }
        });
        leader.start();
        assertTrue(started.await(10, TimeUnit.SECONDS));
        Thread follower = new Thread(() -> {
            try {
                pub.cached("/id/y.html", () -> Rendered.of("text/plain", "never"));
            } catch (RuntimeException e) {
                followerSaw.set(e);
            }
        });
        follower.start();
        waitUntilBlocked(follower);
        release.countDown();
        leader.join(10_000);
        follower.join(10_000);
        assertEquals("renderer broke", followerSaw.get().getMessage());
        Rendered retried = pub.cached("/id/y.html", () -> Rendered.of("text/plain", "now"));
        assertEquals("now", new String(retried.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertThrows(IllegalStateException.class, () -> pub.cached("/id/z.html", () -> {
            throw new IllegalStateException("no page");
        }));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until the thread parks (it waits for the rendering) or ends (it rendered itself). */
    private static void waitUntilBlocked(Thread t) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < until) {
            Thread.State s = t.getState();
            if (s == Thread.State.WAITING || s == Thread.State.TIMED_WAITING || s == Thread.State.TERMINATED) {
                return;
            }
            Thread.sleep(5);
        }
    }
}
