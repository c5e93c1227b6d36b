package dev.chinaai.kg.server.options;

import dev.chinaai.kg.diagnostics.KgException;
import dev.chinaai.kg.graph.IriBase;
import dev.chinaai.kg.publication.ReleaseHistory;
import java.nio.file.Path;

/**
 * How to serve: the port (0 picks a free one), the base IRI to publish under
 * ({@code null}: follow the host and port the server listens on), the query
 * limits (timeout, slow queries at once; {@code null}: defaults), an optional
 * persistent store folder, the host name used in IRIs when no base is given,
 * whether SPARQL answers to GET requests are cached, the limits on each
 * HTTP request with the address to listen on ({@code null}: defaults), and the
 * releases to publish beside the graph ({@code null}: none), which also say
 * which release the graph is; they are in place before the server warms up.
 */
public record ServerOptions(int port, String base, QueryLimits limits, Path store, String host, boolean queryCache,
        HttpLimits http, ReleaseHistory releases) {

    public static final int DEFAULT_PORT = 3030;

    public ServerOptions {
        if (port < 0 || port > 65535) {
            throw new KgException("--port " + port + ": a port is a number from 0 to 65535 (0 picks a free port)");
        }
        if (limits == null) {
            limits = QueryLimits.defaults();
        }
        if (host == null || host.isBlank()) {
            host = "localhost";
        }
        if (http == null) {
            http = HttpLimits.defaults();
        }
        if (releases == null) {
            releases = ReleaseHistory.NONE;
        }
    }

    /** Options without releases. */
    public ServerOptions(int port, String base, QueryLimits limits, Path store, String host, boolean queryCache,
            HttpLimits http) {
        this(port, base, limits, store, host, queryCache, http, null);
    }

    /** Options with the default HTTP limits, listening on every interface. */
    public ServerOptions(int port, String base, QueryLimits limits, Path store, String host, boolean queryCache) {
        this(port, base, limits, store, host, queryCache, null);
    }

    /** Port 3030, IRIs under http://localhost:3030/, the configured timeout, in memory. */
    public static ServerOptions defaults() {
        return new ServerOptions(DEFAULT_PORT, null, QueryLimits.defaults(), null, "localhost", true, null);
    }

    /** The base to publish under when listening on this port: the given base, else http://host:port/. */
    public IriBase baseFor(int listeningPort) {
        return new IriBase(base != null ? base : "http://" + host + ":" + listeningPort + "/");
    }

    public ServerOptions withPort(int newPort) {
        return new ServerOptions(newPort, base, limits, store, host, queryCache, http, releases);
    }

    public ServerOptions withHttp(HttpLimits newHttp) {
        return new ServerOptions(port, base, limits, store, host, queryCache, newHttp, releases);
    }

    /** These options publishing the releases of a history (read with {@code ReleaseHistory.of}) beside the graph. */
    public ServerOptions withReleases(ReleaseHistory newReleases) {
        return new ServerOptions(port, base, limits, store, host, queryCache, http, newReleases);
    }
}
