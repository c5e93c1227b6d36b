package dev.chinaai.kg.server.sparql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.chinaai.kg.server.http.Publication;
import dev.chinaai.kg.server.http.Rendered;
import dev.chinaai.kg.server.http.Responses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A cache of SPARQL answers to GET requests. The published graph never
 * changes while served, so the same query with the same Accept header always
 * has the same answer: a complete 200 answer of at most
 * {@value #MAX_ENTRY_BYTES} bytes is kept (up to {@value #MAX_TOTAL_BYTES}
 * bytes of heap in all, each answer weighed with its key, headers, ETag and
 * the objects that hold them; least recently used first out) and sent again with its ETag;
 * {@code X-Cache: hit} or {@code miss} says which. A kept answer, the first
 * time as every time after, is sent public with an ETag of the release, so a
 * shared cache may keep it and revalidate it with a 304. POST requests always
 * go to the engine.
 */
public final class QueryCache {
    static final int MAX_ENTRY_BYTES = 1 << 20;
    static final long MAX_TOTAL_BYTES = 64L << 20;
    /** Headers of an answer that are kept with it. */
    private static final String[] KEPT = {"X-Result-Limit", "X-Result-Truncated", "Vary"};

    /**
     * Heap bytes of one kept answer besides its strings, body and header
     * mappings: Caffeine's node, the hash table's node and slot, the entry and
     * rendered records and the header map (measured with 64-bit compressed
     * references by QueryCacheWeightTest).
     */
    private static final int ENTRY_OVERHEAD = 240;
    /** Heap bytes of one header mapping besides its value; the names are the shared constants of {@link #KEPT}. */
    private static final int HEADER_OVERHEAD = 40;

    private record Entry(Map<String, String> headers, Rendered body) {
    }

    private final Cache<String, Entry> cache;

    public QueryCache() {
        this(MAX_TOTAL_BYTES);
    }

    /** A cache holding up to {@code maxBytes} of heap. */
    QueryCache(long maxBytes) {
        cache = Caffeine.newBuilder().maximumWeight(maxBytes).weigher(QueryCache::weigh).build();
    }

    /**
     * What an answer really holds on the heap, not just its key and body: an
     * answer of a hundred bytes costs four times that, and a cap that counted
     * only the bytes let 64 MiB become 260 MiB.
     */
    private static int weigh(String key, Entry e) {
        long bytes = ENTRY_OVERHEAD + string(key) + string(e.body().contentType()) + string(e.body().etag())
                + array(e.body().body().length);
        for (Map.Entry<String, String> h : e.headers().entrySet()) {
            bytes += HEADER_OVERHEAD + string(h.getValue());
        }
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }

    /** A string's object and array: one byte a character when all are Latin-1, two otherwise. */
    private static long string(String s) {
        boolean latin1 = s.chars().allMatch(c -> c < 256);
        return 24 + array((long) s.length() * (latin1 ? 1 : 2));
    }

    private static long array(long length) {
        return 16 + (length + 7) / 8 * 8;
    }

    /** Answers a GET from the cache or passes it on and keeps the answer; anything else passes on untouched. */
    public void handle(Publication pub, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) || request.getQueryString() == null) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getRequestURI() + "?" + request.getQueryString() + "\n" + request.getHeader("Accept");
        Entry hit = cache.getIfPresent(key);
        if (hit != null) {
            response.setHeader("X-Cache", "hit");
            hit.headers().forEach(response::setHeader);
            Responses.cached(request, response, hit.body(), pub);
            return;
        }
        response.setHeader("X-Cache", "miss");
        Capture capture = new Capture(response);
        chain.doFilter(request, capture);
        byte[] body = capture.bytes();
        if (capture.getStatus() == 200 && body != null && response.getContentType() != null) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (String h : KEPT) {
                if (response.getHeader(h) != null) {
                    headers.put(h, response.getHeader(h));
                }
            }
            Rendered answer = Rendered.of(response.getContentType(), body);
            keep(key, headers, answer);
            // The first answer carries the same validators as the kept one, so a shared cache in front can keep it too.
            Responses.cached(request, response, answer, pub);
            return;
        }
        capture.finish();
    }

    /** Keeps an answer. */
    void keep(String key, Map<String, String> headers, Rendered body) {
        cache.put(key, new Entry(headers, body));
    }

    /** Runs pending evictions now (Caffeine otherwise does them a little later, on another thread). */
    void cleanUp() {
        cache.cleanUp();
    }

    /** Answers kept. */
    long size() {
        return cache.estimatedSize();
    }

    /** Buffers what the engine writes (up to the entry limit, then streams on), to keep a copy. */
    private static final class Capture extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private final HttpServletResponse real;
        private ServletOutputStream out;
        private PrintWriter writer;
        private boolean overflowed;

        Capture(HttpServletResponse real) {
            super(real);
            this.real = real;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (out == null) {
                out = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        write(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        if (!overflowed && buffer.size() + len > MAX_ENTRY_BYTES) {
                            overflowed = true;
                            real.getOutputStream().write(buffer.toByteArray());
                        }
                        if (overflowed) {
                            real.getOutputStream().write(b, off, len);
                        } else {
                            buffer.write(b, off, len);
                        }
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new IllegalStateException("asynchronous writes are not used for SPARQL answers");
                    }
                };
            }
            return out;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void setContentLength(int len) {
            // The length is set when the buffered body is sent.
        }

        @Override
        public void setContentLengthLong(long len) {
            // As above.
        }

        /** The whole body, or null when it was too large to keep. */
        byte[] bytes() {
            flushBuffer();
            return overflowed ? null : buffer.toByteArray();
        }

        void finish() throws IOException {
            if (!overflowed && !real.isCommitted()) {
                real.setContentLength(buffer.size());
            }
            if (!overflowed && buffer.size() > 0) {
                real.getOutputStream().write(buffer.toByteArray());
            }
        }
    }
}
