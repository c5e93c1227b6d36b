package dev.chinaai.kg.server.pages;

import dev.chinaai.kg.server.http.Publication;
import dev.chinaai.kg.server.http.Responses;
import dev.chinaai.kg.server.sparql.TextSearch;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** 404 with a page that says what was asked for and offers the search results for its last path segment. */
public final class NotFound {
    private NotFound() {
    }

    public static void send(Publication pub, String path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String accept = request.getHeader("Accept");
        if (accept != null && !accept.contains("html") && !accept.contains("*/*")) {
            Responses.plain(response, 404, "not found: " + path + " is not a resource of this publication");
            return;
        }
        // Suggestions cost a text search: only for the page a person reads.
        String last = path.substring(path.lastIndexOf('/') + 1).replaceAll("\\.[a-z]+$", "").replace('-', ' ');
        List<Map<String, Object>> suggestions = TextSearch.search(pub, last).stream().limit(8).map(h -> {
            Map<String, Object> m = new HashMap<>();
            m.put("href", h.owner().getURI() + ".html");
            m.put("label", h.owner().getURI());
            return m;
        }).toList();
        Responses.send(response, 404, "text/html; charset=utf-8",
                Pages.notFound(pub, path, suggestions).getBytes(StandardCharsets.UTF_8));
    }
}
