package dev.chinaai.kg.server.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The rendered responses of one publication: documents and pages of the
 * graph's resources, and pages computed from what a client asked (search
 * words); each kind within its own bound of heap.
 */
final class Renderings {
    /**
     * Documents and pages of the graph's resources, bounded by weight: at 1000x the seeds there are 319,000
     * entities, each in seven formats of 8-25 KB, and a crawler that dereferences them all would otherwise
     * fill the heap.
     */
    private final Cache<String, Rendered> cache = Caffeine.newBuilder().maximumWeight(RENDERED_BYTES)
            .weigher(Renderings::weight).build();
    /** Heap for rendered resources: an eighth of the heap, at least 32 MB (256 MB at -Xmx2g). */
    static final long RENDERED_BYTES = Math.max(32L << 20, Runtime.getRuntime().maxMemory() / 8);
    /** Renderings under way, so that concurrent requests for one key share one. */
    private final Map<String, CompletableFuture<Rendered>> rendering = new ConcurrentHashMap<>();
    /**
     * Pages whose keys come from the client (search words), kept apart from the
     * resources': any number of different words can be asked for, and they must
     * not push the graph's documents out.
     */
    private final Cache<String, Rendered> answers = Caffeine.newBuilder().maximumWeight(ANSWER_BYTES)
            .weigher(Renderings::weight).build();
    /** Heap for pages computed from client input (search); a page is a few to a few hundred KB. */
    static final long ANSWER_BYTES = 16L << 20;

    /**
     * The rendered response for a key, rendering it on first use. Clients that
     * ask while it is being rendered wait for that one rendering: on a cold
     * server, 64 clients asking for a handful of pages would otherwise render
     * each page many times at once and all of them answer late. A failed
     * rendering reaches everyone waiting for it and is tried again by the next
     * request.
     */
    Rendered cached(String key, Supplier<Rendered> render) {
        Rendered r = cache.getIfPresent(key);
        if (r != null) {
            return r;
        }
        CompletableFuture<Rendered> mine = new CompletableFuture<>();
        CompletableFuture<Rendered> running = rendering.putIfAbsent(key, mine);
        if (running != null) {
            return joined(running);
        }
        try {
            r = cache.getIfPresent(key);
            if (r == null) {
                r = render.get();
                cache.put(key, r);
            }
            mine.complete(r);
            return r;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            rendering.remove(key, mine);
        }
    }

    /** The result of another request's rendering, or its failure as it was thrown there. */
    private static Rendered joined(CompletableFuture<Rendered> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /**
     * A page computed from what the client asked (a search), rendered once per
     * distinct key and kept while the bounded cache has room for it.
     */
    Rendered answer(String key, Supplier<Rendered> render) {
        return answers.get(key, k -> render.get());
    }

    /** Pages held for client keys now (for tests of the bound). */
    long answersHeld() {
        answers.cleanUp();
        return answers.estimatedSize();
    }

    /** A rendered response if there is one already. */
    Rendered cachedIfPresent(String key) {
        return cache.getIfPresent(key);
    }

    /** Rendered resources held now (for tests of the bound). */
    long renderedHeld() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    /** About the heap a kept rendering takes: its key, body and ETag, and the entry around them. */
    private static int weight(String key, Rendered r) {
        return 2 * key.length() + r.body().length + r.etag().length() * 2 + 200;
    }
}
