package dev.chinaai.kg.server.pages;

import dev.chinaai.kg.server.http.Publication;
import dev.chinaai.kg.server.http.Rendered;
import dev.chinaai.kg.server.http.Responses;
import dev.chinaai.kg.server.http.Route;
import dev.chinaai.kg.server.sparql.TextSearch;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

/** {@code /search?q=words}: entities, claims and excerpts whose text matches, with the hit marked. */
public final class SearchRoute implements Route {
    /** Longest search text accepted; longer input is cut off, not an error. */
    static final int MAX_WORDS = 200;

    @Override
    public boolean handle(Publication pub, String path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String q = request.getParameter("q");
        q = q == null ? "" : q.length() > MAX_WORDS ? q.substring(0, MAX_WORDS) : q;
        String words = q;
        // The graph never changes while served, so the same words always give the same page.
        Rendered page = pub.answer("search\u0000" + words, () -> Rendered.of("text/html; charset=utf-8", render(pub, words)));
        Responses.cached(request, response, page, pub);
        return true;
    }

    private static String render(Publication pub, String q) {
        List<TextSearch.Hit> hits = TextSearch.search(pub, q);
        Map<String, Object> view = new HashMap<>();
        view.put("q", q);
        view.put("searched", !q.isBlank());
        view.put("count", hits.size());
        List<Map<String, Object>> entities = new ArrayList<>();
        List<Map<String, Object>> claims = new ArrayList<>();
        List<Map<String, Object>> excerpts = new ArrayList<>();
        Txn.executeRead(pub.dataset(), () -> {
            for (TextSearch.Hit h : hits) {
                Map<String, Object> m = new HashMap<>();
                String label = pub.label(h.owner(), "en");
                m.put("label", label != null ? label : h.owner().getURI());
                m.put("href", h.owner().getURI() + ".html");
                m.put("parts", h.parts());
                if (pub.union().contains(h.owner(), RDF.type.asNode(), pub.term("Claim"))) {
                    claims.add(m);
                } else if (pub.union().contains(h.owner(), RDF.type.asNode(), pub.term("Excerpt"))) {
                    excerpts.add(m);
                } else {
                    entities.add(m);
                }
            }
        });
        view.put("entities", entities);
        view.put("claims", claims);
        view.put("excerpts", excerpts);
        view.put("none", view.get("searched").equals(true) && hits.isEmpty());
        return Pages.render("search", pub, q.isBlank() ? "Search" : "Search: " + q, view);
    }
}
