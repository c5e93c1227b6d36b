package dev.chinaai.kg.server.sparql;

import dev.chinaai.kg.server.http.Publication;
import dev.chinaai.kg.server.http.Rendered;
import dev.chinaai.kg.server.http.Responses;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
 * bytes in all, least recently used first out) and sent again with its ETag;
 * {@code X-Cache: hit} or {@code miss} says which. POST requests always go to
 * the engine.
 */
public final class QueryCache {
    static final int MAX_ENTRY_BYTES = 1 << 20;
    static final long MAX_TOTAL_BYTES = 64L << 20;
    /** Headers of an answer that are kept with it. */
    private static final String[] KEPT = {"X-Result-Limit", "X-Result-Truncated", "Vary"};

    private record Entry(Map<String, String> headers, Rendered body) {
    }

    private final Cache<String, Entry> cache = Caffeine.newBuilder().maximumWeight(MAX_TOTAL_BYTES)
            .weigher((String k, Entry e) -> k.length() + e.body().body().length).build();

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
            Responses.cached(request, response, hit.body(), pub.lastModified());
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
            cache.put(key, new Entry(headers, Rendered.of(response.getContentType(), body)));
        }
        capture.finish();
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
