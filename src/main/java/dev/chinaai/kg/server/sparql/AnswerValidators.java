package dev.chinaai.kg.server.sparql;

import dev.chinaai.kg.server.http.Publication;
import dev.chinaai.kg.server.http.Responses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Cache validators for every GET answer of a data service, also those the
 * {@link QueryCache} does not keep (larger than it keeps, or all of them under
 * {@code --no-query-cache}), whose body is streamed and never hashed. Such an
 * answer gets a weak ETag {@code W/"<release>-q<hash>"} of the release and the
 * normalised request: the service path, the parameters decoded and sorted (so
 * that their order and percent-encoding do not matter) and the effective Accept
 * header, which decides the negotiated media type. An answer the cache keeps
 * replaces it with the strong ETag of its body.
 *
 * <p>Why a 304 for a matching tag is sound without running the query: the
 * release is immutable (a rebuilt graph is another release, with another id in
 * every tag), and the engine's answer to one request over one release is the
 * same set of solutions every time; the tag is weak because blank node labels
 * and the order of unordered rows are not promised byte for byte. Only a 200
 * ever carries a tag, so a client holds one only for a request that answered.
 * Queries whose answer differs from run to run (RAND, NOW, UUID, STRUUID,
 * BNODE, SERVICE) get no validators and stay {@code no-store}.
 */
public final class AnswerValidators {
    /** Functions and forms whose answer is not a function of the data alone; matched loosely, to err on no-store. */
    private static final Pattern VOLATILE = Pattern.compile("(?i)\\b(RAND|NOW|UUID|STRUUID|BNODE)\\s*\\(|\\bSERVICE\\b");

    /** What the engine's answer varies by: Fuseki's own list, replacing the compression handler's Accept-Encoding. */
    private static final String VARY = "Accept,Accept-Encoding,Accept-Charset";

    private AnswerValidators() {
    }

    /**
     * Serves a request of a data service: a GET whose weak tag the client holds
     * is answered 304 at once; any other goes to the answer cache (when there is
     * one) or the engine, its 200 with the validators.
     */
    public static void serve(Publication pub, HttpServletRequest request, HttpServletResponse response,
            QueryCache cache, FilterChain chain) throws IOException, ServletException {
        HttpServletResponse out = response;
        if ("GET".equals(request.getMethod()) && request.getQueryString() != null && !volatileQuery(request)) {
            String etag = weakTag(pub, request);
            Responses.validators(response, etag, pub);
            if (!"*".equals(request.getHeader("If-None-Match")) && Responses.notModified(request, etag, pub)) {
                // As the engine's 200 would: a cache takes the 304's headers for the stored answer's.
                response.setHeader("Vary", VARY);
                response.setStatus(304);
                return;
            }
            out = new Validated(response);
        }
        if (cache != null) {
            cache.handle(pub, request, out, chain);
        } else {
            chain.doFilter(request, out);
        }
    }

    private static boolean volatileQuery(HttpServletRequest request) {
        String query = request.getParameter("query");
        return query != null && VOLATILE.matcher(query).find();
    }

    /** {@code W/"<release>-q<hash of the normalised request>"}. */
    static String weakTag(Publication pub, HttpServletRequest request) {
        MessageDigest sha = sha256();
        update(sha, request.getRequestURI());
        for (Map.Entry<String, String[]> p : new TreeMap<>(request.getParameterMap()).entrySet()) {
            update(sha, p.getKey());
            for (String v : p.getValue()) {
                update(sha, v);
            }
        }
        update(sha, String.valueOf(request.getHeader("Accept")));
        return "W/\"" + pub.release() + "-q" + HexFormat.of().formatHex(sha.digest(), 0, 12) + "\"";
    }

    /** Each part with its length first, so that no two different requests hash the same bytes. */
    private static void update(MessageDigest sha, String part) {
        byte[] b = part.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(b);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * The response as the engine sees it: its {@code no-cache} headers are
     * dropped, since the validators are set, and an error status removes the
     * validators, so that no error is ever kept by a cache.
     */
    private static final class Validated extends HttpServletResponseWrapper {
        Validated(HttpServletResponse response) {
            super(response);
        }

        private static boolean ours(String name) {
            return "Cache-Control".equalsIgnoreCase(name) || "Pragma".equalsIgnoreCase(name);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!ours(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!ours(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setStatus(int sc) {
            if (sc != 200 && sc != 304) {
                unvalidated();
            }
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc) throws IOException {
            unvalidated();
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            unvalidated();
            super.sendError(sc, msg);
        }

        private void unvalidated() {
            HttpServletResponse r = (HttpServletResponse) getResponse();
            r.setHeader("ETag", null);
            r.setHeader("Last-Modified", null);
            r.setHeader("Cache-Control", "no-store");
        }
    }
}
