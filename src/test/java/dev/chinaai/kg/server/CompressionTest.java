package dev.chinaai.kg.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Answers travel gzip-compressed to clients that accept it, and as they are to
 * clients that do not; compressed or not, the client reads the same bytes.
 */
class CompressionTest extends ServerTestBase {
    private static HttpResponse<byte[]> get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base + path)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        try {
            return s.http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theLongestArticlePageTravelsCompressedUnder150KB() {
        HttpResponse<byte[]> plain = get("id/article-004.html");
        HttpResponse<byte[]> zipped = get("id/article-004.html", "Accept-Encoding", "gzip");
        assertEquals(200, zipped.statusCode());
        assertNull(plain.headers().firstValue("Content-Encoding").orElse(null), "no gzip unless asked for");
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(null));
        assertTrue(zipped.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept-Encoding")),
                zipped.headers().map().toString());
        assertTrue(plain.body().length > 150_000, "the page itself is long: " + plain.body().length);
        assertTrue(zipped.body().length < 150_000, "compressed: " + zipped.body().length + " bytes");
        assertArrayEquals(plain.body(), gunzip(zipped.body()));
    }

    @Test
    void sparqlResultsAndDocumentsAreCompressedToo() {
        String q = URLEncoder.encode("SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 200", StandardCharsets.UTF_8);
        HttpResponse<byte[]> results = get("sparql?query=" + q, "Accept", "application/sparql-results+json",
                "Accept-Encoding", "gzip");
        assertEquals(200, results.statusCode());
        assertEquals("gzip", results.headers().firstValue("Content-Encoding").orElse(null));
        assertTrue(new String(gunzip(results.body()), StandardCharsets.UTF_8).contains("\"bindings\""));
        HttpResponse<byte[]> turtle = get("id/deepseek.ttl", "Accept-Encoding", "gzip");
        assertEquals("gzip", turtle.headers().firstValue("Content-Encoding").orElse(null));
        assertArrayEquals(get("id/deepseek.ttl").body(), gunzip(turtle.body()));
    }

    @Test
    void aCompressedAnswerIsRevalidatedByItsOwnETag() {
        HttpResponse<byte[]> zipped = get("id/deepseek.html", "Accept-Encoding", "gzip");
        String etag = zipped.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = get("id/deepseek.html", "Accept-Encoding", "gzip", "If-None-Match", etag);
        assertEquals(304, again.statusCode(), "ETag " + etag);
    }
}
