package dev.chinaai.kg.server.edge;

import dev.chinaai.kg.server.options.HttpLimits;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** Puts the edge in front of a Jetty server that is built but not started. */
public final class Edge {
    private Edge() {
    }

    /**
     * Listens on the limits' address, answers Jetty's own errors as plain text
     * with the security headers, and sends every request through the
     * {@link RequestIntake} before the handler the server had.
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
        server.setHandler(new RequestIntake(limits, served));
    }
}
