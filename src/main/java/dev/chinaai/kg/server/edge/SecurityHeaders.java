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

    /**
     * The query editor's policy: the same, except that one style element is
     * allowed by its hash. YASR's result table makes its columns resizable with
     * the column-resizer library bundled in YASGUI, which adds a fixed
     * {@code <style>} element for its grips; nothing else inline is allowed
     * (no 'unsafe-inline'). {@code EditorPolicyTest} recomputes the hash from
     * the vendored file, so a refresh of YASGUI that changes the style fails it.
     */
    public static final String EDITOR_CSP = CSP.replace("style-src 'self';",
            "style-src 'self' 'sha256-zCK2EVMoPc04mRF/g5CotUvxbJPWS+8V0b+s9ptqQIk=';");

    private SecurityHeaders() {
    }

    static void apply(HttpFields.Mutable headers) {
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("Content-Security-Policy", CSP);
    }
}
