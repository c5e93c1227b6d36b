package dev.chinaai.kg.server;

import dev.chinaai.kg.server.edge.SecurityHeaders;
import dev.chinaai.kg.server.http.Responses;
import dev.chinaai.kg.server.pages.Pages;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Headers on every response. CORS for anonymous, read-only public data:
 * {@code Access-Control-Allow-Origin: *} without credentials, for GET, HEAD,
 * POST and OPTIONS only (Fuseki's own CORS filter reflects any origin with
 * credentials, CWE-942, so it stays off). Pre-flight requests are answered
 * here. Other methods get 405 before they reach Fuseki. Pages get a strict
 * Content-Security-Policy (everything from this server, nothing inline that
 * runs; the query editor may add the one style element its table needs, see
 * {@link SecurityHeaders#EDITOR_CSP}), and every response gets nosniff and a
 * referrer policy.
 */
final class HttpHeaders implements Filter {
    static final String ALLOWED_METHODS = "GET, HEAD, POST, OPTIONS";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "OPTIONS");
    static final String CSP = SecurityHeaders.CSP;

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Expose-Headers", "Content-Type, ETag, Last-Modified, Link, Location, Vary, X-Release, X-Result-Limit, X-Result-Truncated");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy", "/query".equals(request.getRequestURI()) ? SecurityHeaders.EDITOR_CSP : CSP);
        String method = request.getMethod();
        if (!METHODS.contains(method)) {
            response.setHeader("Allow", ALLOWED_METHODS);
            response.setHeader("Connection", "close");
            Responses.plain(response, 405, method + " is not allowed: this is a read-only publication ("
                    + ALLOWED_METHODS + ")");
            return;
        }
        if ("OPTIONS".equals(method)) {
            response.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
            response.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type, Cache-Control, If-None-Match, If-Modified-Since");
            response.setHeader("Access-Control-Max-Age", "86400");
            response.setHeader("Allow", ALLOWED_METHODS);
            response.setStatus(204);
            return;
        }
        chain.doFilter(req, res);
    }
}
