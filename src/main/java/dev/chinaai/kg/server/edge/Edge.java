package dev.chinaai.kg.server.edge;

import dev.chinaai.kg.server.options.HttpLimits;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;

/** Puts the edge in front of a Jetty server that is built but not started. */
public final class Edge {
    private Edge() {
    }

    /**
     * Listens on the limits' address, answers Jetty's own errors as plain text
     * with the security headers, and sends every request through the
     * {@link RequestIntake} before the handler the server had, whose answers
     * are compressed for clients that accept gzip.
     */
    public static void install(Server server, HttpLimits limits) {
        for (Connector c : server.getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(limits.bindAddress());
            }
        }
        server.setErrorHandler(new PlainErrors());
        Handler served = server.getHandler();
        server.setHandler((Handler) null);
        server.setHandler(new RequestIntake(limits, compressed(served)));
    }

    /**
     * Answers compressed with gzip when the client accepts it: pages, documents,
     * dumps and SPARQL results are text that shrinks five- to tenfold (the
     * longest article page, 540 KB, travels as about 60 KB). Small answers are
     * sent as they are. Request bodies are never inflated here: the intake
     * decodes and counts them itself, so that the query size limit holds after
     * decoding.
     */
    private static Handler compressed(Handler served) {
        GzipHandler gzip = new GzipHandler(served);
        gzip.setMinGzipSize(MIN_GZIP_BYTES);
        gzip.setInflateBufferSize(-1);
        gzip.setIncludedMethods("GET", "HEAD", "POST");
        return gzip;
    }

    /** Below this an answer is sent as it is: compressing it would save less than it costs. */
    static final int MIN_GZIP_BYTES = 1024;
}
