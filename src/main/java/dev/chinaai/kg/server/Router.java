package dev.chinaai.kg.server;

import dev.chinaai.kg.server.cite.CiteRoute;
import dev.chinaai.kg.server.http.Publication;
import dev.chinaai.kg.server.http.Responses;
import dev.chinaai.kg.server.http.Route;
import dev.chinaai.kg.server.linkeddata.ContextRoute;
import dev.chinaai.kg.server.linkeddata.DumpRoute;
import dev.chinaai.kg.server.linkeddata.VoidRoute;
import dev.chinaai.kg.server.pages.ClaimsRoute;
import dev.chinaai.kg.server.pages.HomeRoute;
import dev.chinaai.kg.server.pages.NotFound;
import dev.chinaai.kg.server.pages.QueryPageRoute;
import dev.chinaai.kg.server.pages.ReleasesRoute;
import dev.chinaai.kg.server.pages.SearchRoute;
import dev.chinaai.kg.server.pages.StaticRoute;
import dev.chinaai.kg.server.pages.TimelineRoute;
import dev.chinaai.kg.server.sparql.AnswerValidators;
import dev.chinaai.kg.server.sparql.ProtocolRequest;
import dev.chinaai.kg.server.sparql.QueryCache;
import dev.chinaai.kg.server.sparql.ServiceParameters;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every path that is not a Fuseki service: a table from exact paths and path
 * prefixes to routes. Paths are checked before dispatch: over-long paths,
 * control characters and dot segments are refused with 4xx. Requests for the
 * data services that {@code fuseki-config/} declares pass on to Fuseki; any other path without
 * a route gets the 404 page.
 */
final class Router extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /** Longest request path accepted; IRIs of the graph are far shorter. */
    static final int MAX_PATH = 2048;
    /** The readiness check a load balancer polls. */
    static final String HEALTH = "/health";
    /** The header that names the release which answered, on every response of a loaded publication. */
    static final String RELEASE_HEADER = "X-Release";

    private final transient Map<String, Route> exact = new LinkedHashMap<>();
    private final transient Map<String, Route> prefixes = new LinkedHashMap<>();
    /**
     * The publication served now with its own answer cache, swapped as one value:
     * a graph rebuilt by {@code serve --watch} starts with an empty cache, so no
     * answer of the old graph is ever sent for the new one.
     */
    private record Live(Publication publication, QueryCache queryCache) {
    }

    private transient volatile Live live;
    /** Paths of the data services the configuration declares ("/sparql", "/ds"), set with the publication. */
    private transient volatile java.util.List<String> services = java.util.List.of();
    private final boolean cacheQueries;
    private final HealthRoute health = new HealthRoute();

    Router(boolean cacheQueries) {
        this.cacheQueries = cacheQueries;
        ResourceRoute resources = new ResourceRoute();
        exact.put("/", new HomeRoute());
        exact.put("/search", new SearchRoute());
        exact.put("/query", new QueryPageRoute());
        exact.put("/timeline", new TimelineRoute());
        exact.put("/claims", new ClaimsRoute());
        exact.put("/.well-known/void", new VoidRoute());
        exact.put("/dump.trig", new DumpRoute());
        exact.put("/dump.nq", new DumpRoute());
        exact.put("/context.jsonld", new ContextRoute());
        exact.put(HEALTH, health);
        ReleasesRoute releases = new ReleasesRoute();
        exact.put("/releases", releases);
        prefixes.put(ReleasesRoute.PATH, releases);
        prefixes.put("/static/", new StaticRoute());
        prefixes.put(CiteRoute.PREFIX, new CiteRoute());
        for (String p : ResourceRoute.PREFIXES) {
            prefixes.put(p, resources);
        }
        for (String p : ResourceRoute.DOCUMENTS) {
            prefixes.put(p, resources);
        }
    }

    /**
     * Serves a publication from now on. When it replaces another, Fuseki's data
     * services must already answer from its dataset: a request that sees the new
     * publication then also queries the new dataset, and the new cache holds only
     * its answers (a request that still holds the old one fills only the old cache).
     */
    void publish(Publication p, java.util.List<String> servicePaths) {
        this.services = java.util.List.copyOf(servicePaths);
        this.live = new Live(p, cacheQueries ? new QueryCache() : null);
    }

    /** The readiness check, which the server holds at 503 while it warms up. */
    HealthRoute health() {
        return health;
    }

    /** The publication once loaded; null before. */
    Publication publication() {
        Live l = live;
        return l == null ? null : l.publication();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Live l = live;
        if (l == null) {
            response.setHeader("Retry-After", "2");
            Responses.plain(response, 503, "the graph is still being loaded; try again in a moment");
            return;
        }
        Publication p = l.publication();
        QueryCache queryCache = l.queryCache();
        response.setHeader(RELEASE_HEADER, p.release());
        String raw = request.getRequestURI();
        if (raw.length() > MAX_PATH) {
            Responses.plain(response, 414, "request path longer than " + MAX_PATH + " characters");
            return;
        }
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.isEmpty()) {
            path = "/";
        }
        for (String f : services) {
            if (path.equals(f) || path.startsWith(f + "/")) {
                String refused = ServiceParameters.problem(request);
                if (refused != null) {
                    Responses.plain(response, 400, refused);
                    return;
                }
                if (wholeDataset(path, request)) {
                    DumpRoute.negotiated(p, request, response);
                    return;
                }
                AnswerValidators.serve(p, ProtocolRequest.of(request), response, queryCache, chain);
                return;
            }
        }
        if (!safe(path)) {
            Responses.plain(response, 400, "malformed path: dot segments, backslashes and control characters are not allowed");
            return;
        }
        Route r = exact.get(path);
        if (r != null && r.handle(p, path, request, response)) {
            return;
        }
        for (Map.Entry<String, Route> e : prefixes.entrySet()) {
            if (path.startsWith(e.getKey()) && e.getValue().handle(p, path, request, response)) {
                return;
            }
        }
        NotFound.send(p, path, request, response);
    }

    /**
     * A read of the whole dataset ({@code GET /ds}, {@code /ds/}, {@code /ds/get} without a graph): Fuseki
     * would serialise every quad again for each request, so the rendered dump answers instead.
     */
    private static boolean wholeDataset(String path, HttpServletRequest request) {
        String m = request.getMethod();
        return (m.equals("GET") || m.equals("HEAD")) && request.getQueryString() == null
                && (path.equals("/ds") || path.equals("/ds/") || path.equals("/ds/get"));
    }

    private static boolean safe(String path) {
        if (path.contains("/../") || path.endsWith("/..") || path.contains("/./") || path.contains("\\")) {
            return false;
        }
        return path.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }
}
