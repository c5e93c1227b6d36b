package dev.chinaai.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.server.options.HttpLimits;
import dev.chinaai.kg.server.options.ServerOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Request bodies that arrive slowly, never end, or are larger than allowed in
 * any form (chunked, compressed, as a form), sent on real sockets. A slow body
 * holds no request thread and is cut with 408 at the body timeout; the size
 * limit counts decoded bytes as they arrive and answers 413 as soon as it is
 * passed, whatever the framing or encoding.
 */
class SlowAndLargeRequestsTest {
    /** Long enough for a normal request to answer on a busy shared machine while slow bodies are held. */
    private static final int BODY_TIMEOUT = 6000;
    private static final int LIMIT = HttpLimits.DEFAULT_MAX_REQUEST_BYTES;
    private static RunningServer s;

    @BeforeAll
    static void start() {
        s = new RunningServer(ServerOptions.defaults().withPort(0)
                .withHttp(HttpLimits.defaults().withBindAddress("127.0.0.1").withBodyTimeout(BODY_TIMEOUT)));
    }

    @AfterAll
    static void stop() {
        if (s != null) {
            s.close();
        }
    }

    private static String post(String type, String framing) {
        return "POST /sparql HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAccept: application/sparql-results+json\r\n"
                + "Content-Type: " + type + "\r\n" + framing + "\r\n";
    }

    @Test
    void slowBodiesHoldNoThreadAndAreCutWith408() throws Exception {
        assertEquals(200, s.get("id/deepseek.ttl").statusCode(), "warm: the document is rendered and cached");
        List<RawHttp> slow = new ArrayList<>();
        ScheduledExecutorService drip = Executors.newSingleThreadScheduledExecutor();
        try {
            for (int i = 0; i < 24; i++) {
                RawHttp c = new RawHttp(s.server.port());
                boolean chunked = i % 4 == 0;
                c.send(post("application/sparql-query", chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: 5000\r\n"));
                if (i % 6 != 5) {
                    // one byte every 500 ms: never idle long enough for an idle timeout
                    drip.scheduleAtFixedRate(() -> c.send(chunked ? "1\r\n \r\n" : " "), 0, 500, TimeUnit.MILLISECONDS);
                }
                slow.add(c);
            }
            long t0 = System.nanoTime();
            List<CompletableFuture<HttpResponse<String>>> normal = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                normal.add(s.http.sendAsync(HttpRequest.newBuilder(URI.create(s.base + "id/deepseek.ttl"))
                        .timeout(Duration.ofMillis(BODY_TIMEOUT - 1000)).build(), HttpResponse.BodyHandlers.ofString()));
            }
            for (CompletableFuture<HttpResponse<String>> f : normal) {
                assertEquals(200, f.join().statusCode(), "a normal request answers while 24 slow bodies are held");
            }
            for (RawHttp c : slow) {
                RawHttp.Answer a = c.read(BODY_TIMEOUT + 5000);
                assertNotNull(a, "a slow body gets an answer");
                assertEquals(408, a.status(), a.head());
                assertEquals("close", a.header("Connection"));
                assertTrue(a.body().contains(BODY_TIMEOUT + " ms"), a.body());
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < BODY_TIMEOUT + 5000, "every slow body was cut near the body timeout, not after " + ms + " ms");
        } finally {
            drip.shutdownNow();
            slow.forEach(RawHttp::close);
        }
    }

    /** A query of exactly {@code bytes} bytes: a small SELECT padded with a comment. */
    private static String query(int bytes) {
        String q = "SELECT ?x WHERE { VALUES ?x { 1 2 } }\n#";
        return q + "x".repeat(bytes - q.length());
    }

    private static RawHttp.Answer chunked(String type, byte[] body, boolean finish) {
        try (RawHttp c = new RawHttp(s.server.port())) {
            c.send(post(type, "Transfer-Encoding: chunked\r\n"));
            for (int i = 0; i < body.length; i += 8192) {
                int n = Math.min(8192, body.length - i);
                ByteArrayOutputStream chunk = new ByteArrayOutputStream();
                chunk.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                chunk.write(body, i, n);
                chunk.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
                if (!c.send(chunk.toByteArray())) {
                    break;
                }
            }
            if (finish) {
                c.send("0\r\n\r\n");
            }
            return c.read(BODY_TIMEOUT - 2000);
        }
    }

    private static RawHttp.Answer encoded(String type, String encoding, byte[] body) {
        try (RawHttp c = new RawHttp(s.server.port())) {
            c.send(post(type, "Content-Encoding: " + encoding + "\r\nContent-Length: " + body.length + "\r\n"));
            c.send(body);
            return c.read(BODY_TIMEOUT - 2000);
        }
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(out)) {
            z.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String form(String query) {
        return "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static void assertTooLarge(RawHttp.Answer a, String how) {
        assertNotNull(a, how + ": an answer before the body ends");
        assertEquals(413, a.status(), how + ": " + a.head());
        assertTrue(a.body().contains(LIMIT + " bytes"), how + ": " + a.body());
    }

    @Test
    void everyWayOfSendingAnOverLongQueryIs413AsSoonAsTheLimitPasses() {
        byte[] over = query(LIMIT + 50_000).getBytes(StandardCharsets.UTF_8);
        assertTooLarge(chunked("application/sparql-query", over, false), "chunked, never finished");
        assertTooLarge(chunked("application/x-www-form-urlencoded",
                form(query(LIMIT + 50_000)).getBytes(StandardCharsets.UTF_8), false), "chunked form");
        String inflatesTo5Mb = query(5_000_000);
        byte[] small = gzip(inflatesTo5Mb);
        assertTrue(small.length < LIMIT, "the compressed body itself is small: " + small.length);
        assertTooLarge(encoded("application/sparql-query", "gzip", small), "gzip");
        assertTooLarge(encoded("application/x-www-form-urlencoded", "deflate", deflate(form(inflatesTo5Mb))), "deflated form");
        try (RawHttp c = new RawHttp(s.server.port())) {
            c.send(post("application/sparql-query", "Content-Length: " + (LIMIT + 1) + "\r\n"));
            assertTooLarge(c.read(BODY_TIMEOUT - 2000), "Content-Length over the limit, body not sent");
        }
        HttpResponse<String> get = s.get("sparql?query=" + URLEncoder.encode(query(LIMIT + 1), StandardCharsets.UTF_8));
        assertEquals(413, get.statusCode());
    }

    @Test
    void queriesJustUnderTheLimitAnswerHoweverTheyArrive() {
        String under = query(LIMIT - 100);
        assertOk(chunked("application/sparql-query", under.getBytes(StandardCharsets.UTF_8), true), "chunked");
        assertOk(encoded("application/sparql-query", "gzip", gzip(under)), "gzip");
        assertOk(encoded("application/x-www-form-urlencoded", "deflate", deflate(form(under))), "deflated form");
        assertOk(chunked("application/x-www-form-urlencoded", form(under).getBytes(StandardCharsets.UTF_8), true), "chunked form");
        assertEquals(200, s.get("sparql?query=" + URLEncoder.encode(under, StandardCharsets.UTF_8),
                "Accept", "application/sparql-results+json").statusCode());
    }

    private static void assertOk(RawHttp.Answer a, String how) {
        assertNotNull(a, how);
        assertEquals(200, a.status(), how + ": " + a.head() + "\n" + a.body());
        assertTrue(a.body().contains("\"x\""), how + ": " + a.body());
    }

    @Test
    void anUnknownContentEncodingIsRefusedNamingTheOnesUnderstood() {
        RawHttp.Answer a = encoded("application/sparql-query", "br", "ASK {}".getBytes(StandardCharsets.UTF_8));
        assertNotNull(a);
        assertEquals(415, a.status(), a.head());
        assertTrue(a.body().contains("gzip"), a.body());
    }
}
