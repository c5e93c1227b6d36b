package dev.chinaai.kg.server;

import dev.chinaai.kg.TestGraph;
import dev.chinaai.kg.graph.IriBase;
import dev.chinaai.kg.publication.SourceTextMode;
import dev.chinaai.kg.publication.SourceTexts;
import dev.chinaai.kg.server.options.ServerOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The real server on a free port, loaded with the real graph, and a JDK HTTP client that talks to it. */
final class RunningServer implements AutoCloseable {
    final KgServer server;
    final String base;
    final StringWriter log = new StringWriter();
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    RunningServer(ServerOptions options) {
        this(options, SourceTextMode.FULL);
    }

    /** The real graph as published in a source-text mode. */
    RunningServer(ServerOptions options, SourceTextMode mode) {
        server = KgServer.start(TestGraph.LAYOUT, SourceTexts.apply(TestGraph.dataset(), mode), IriBase.CANONICAL, options,
                new PrintWriter(log));
        base = server.base();
    }

    static RunningServer onFreePort() {
        return new RunningServer(ServerOptions.defaults().withPort(0));
    }

    static RunningServer onFreePort(SourceTextMode mode) {
        return new RunningServer(ServerOptions.defaults().withPort(0), mode);
    }

    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        return send(http, request);
    }

    /**
     * Sends on a connection of its own. Fuseki refuses some writes without reading
     * their body, and then closes the connection; a pooled connection would be
     * reused by the next request and fail.
     */
    HttpResponse<String> sendOnce(HttpRequest request) {
        return send(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build(), request);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
