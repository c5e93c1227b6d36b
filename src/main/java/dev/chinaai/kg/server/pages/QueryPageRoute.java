package dev.chinaai.kg.server.pages;

import dev.chinaai.kg.server.http.Publication;
import dev.chinaai.kg.server.http.Responses;
import dev.chinaai.kg.server.http.Route;
import dev.chinaai.kg.server.linkeddata.RdfWriters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /query}: write SPARQL, see a results table. The page posts to the
 * endpoint with {@code static/query.js} (no CDN, works offline); without
 * scripts the form still sends the query to the endpoint.
 */
public final class QueryPageRoute implements Route {
    static final int MAX_QUERY = 100_000;

    @Override
    public boolean handle(Publication pub, String path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String q = request.getParameter("query");
        if (q == null || q.isBlank()) {
            q = "SELECT ?class (COUNT(?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class ORDER BY DESC(?n)";
        }
        if (q.length() > MAX_QUERY) {
            Responses.plain(response, 413, "query longer than " + MAX_QUERY + " characters");
            return true;
        }
        String prefixes = RdfWriters.prefixes(pub.base()).entrySet().stream()
                .map(e -> "PREFIX " + e.getKey() + ": <" + e.getValue() + ">").collect(Collectors.joining("\n"));
        Map<String, Object> v = new HashMap<>();
        v.put("query", q.contains("PREFIX") || q.contains("prefix") ? q : prefixes + "\n\n" + q);
        String html = Pages.render("query", pub, "SPARQL query", v);
        Responses.send(response, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
        return true;
    }
}
