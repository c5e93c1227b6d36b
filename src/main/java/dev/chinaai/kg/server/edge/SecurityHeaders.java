package dev.chinaai.kg.server.edge;

import org.eclipse.jetty.http.HttpFields;

/**
 * The headers every answer carries, whoever writes it: a strict
 * Content-Security-Policy (everything from this server, nothing inline that
 * runs), {@code nosniff} and no referrer.
 */
public final class SecurityHeaders {
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private SecurityHeaders() {
    }

    static void apply(HttpFields.Mutable headers) {
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("Content-Security-Policy", CSP);
    }
}
