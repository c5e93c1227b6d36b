package dev.chinaai.kg.server.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writing finished bodies, with ETag and Last-Modified revalidation for the immutable graph. */
public final class Responses {
    private Responses() {
    }

    public static void plain(HttpServletResponse response, int status, String message) throws IOException {
        send(response, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    public static void send(HttpServletResponse response, int status, String contentType, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }

    /**
     * How long a cache may answer without asking again. Short, because a new
     * release can replace this one at any time; revalidation after it is a 304.
     */
    static final int MAX_AGE_SECONDS = 300;
    /** Cache-Control of every answer of the immutable release: any cache, a shared one too, may keep it. */
    public static final String SHARED = "public, max-age=" + MAX_AGE_SECONDS;

    /**
     * Sends a cached body with its validators, or 304 when the client already
     * has it (If-None-Match first, else If-Modified-Since, as RFC 9110 says).
     * The ETag names the release and the body, so a cache in front of several
     * replicas (or releases) never confuses two answers.
     */
    public static void cached(HttpServletRequest request, HttpServletResponse response, Rendered r, Publication pub)
            throws IOException {
        String etag = etag(pub, r);
        validators(response, etag, pub);
        if (notModified(request, etag, pub)) {
            response.setStatus(304);
            return;
        }
        if ("HEAD".equals(request.getMethod())) {
            response.setStatus(200);
            response.setContentType(r.contentType());
            response.setContentLength(r.body().length);
            return;
        }
        send(response, 200, r.contentType(), r.body());
    }

    /** Marks an answer of the publication's immutable release as cacheable by any cache, with its validators. */
    public static void validators(HttpServletResponse response, String etag, Publication pub) {
        response.setHeader("ETag", etag);
        response.setHeader("Last-Modified", httpDate(pub.lastModified()));
        response.setHeader("Cache-Control", SHARED);
    }

    /** Whether the client's copy is current: If-None-Match first, else If-Modified-Since, as RFC 9110 13.2.2 says. */
    public static boolean notModified(HttpServletRequest request, String etag, Publication pub) {
        String inm = request.getHeader("If-None-Match");
        return inm != null ? matches(inm, etag) : notModifiedSince(request, pub.lastModified());
    }

    /** The ETag of a rendered body in a release: {@code "release-bodyhash"}. */
    public static String etag(Publication pub, Rendered r) {
        String body = r.etag();
        return "\"" + pub.release() + "-" + body.substring(1);
    }

    private record HttpDate(long millis, String text) {
    }

    private static volatile HttpDate lastDate = new HttpDate(-1, "");

    /** The HTTP date of a time; a publication has one Last-Modified, so it is formatted once. */
    static String httpDate(long millis) {
        HttpDate d = lastDate;
        if (d.millis() != millis) {
            d = new HttpDate(millis, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    java.time.Instant.ofEpochMilli(millis).atZone(java.time.ZoneOffset.UTC)));
            lastDate = d;
        }
        return d.text();
    }

    /**
     * RFC 9110 13.1.3: If-Modified-Since counts only on GET and HEAD, as one
     * valid HTTP-date; anything else is ignored (never an error).
     */
    private static boolean notModifiedSince(HttpServletRequest request, long lastModified) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        java.util.Enumeration<String> values = request.getHeaders("If-Modified-Since");
        if (values == null || !values.hasMoreElements()) {
            return false;
        }
        values.nextElement();
        if (values.hasMoreElements()) {
            return false;
        }
        try {
            // The container parses all three HTTP-date forms RFC 9110 5.6.7 asks a recipient to accept.
            return request.getDateHeader("If-Modified-Since") >= lastModified / 1000 * 1000;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** RFC 9110 13.1.2: If-None-Match compares weakly (a weak tag matches its strong form), against a list or "*". */
    private static boolean matches(String header, String etag) {
        String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
        for (String candidate : header.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || c.equals(opaque) || c.equals("W/" + opaque) || c.equals("w/" + opaque)) {
                return true;
            }
        }
        return false;
    }
}
