package dev.chinaai.kg.server.pages;

import dev.chinaai.kg.server.http.Publication;
import dev.chinaai.kg.server.http.Rendered;
import dev.chinaai.kg.server.http.Responses;
import dev.chinaai.kg.server.http.Route;
import dev.chinaai.kg.server.pages.explore.Timeline;
import dev.chinaai.kg.server.pages.explore.TimelineItem;
import dev.chinaai.kg.server.pages.explore.TimelineView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.system.Txn;

/**
 * {@code /timeline}: every dated item of the graph on one axis, the undated
 * ones beside it. {@code ?entity=id/...} and {@code ?article=id/...} filter
 * on the server (the page's script filters the same way without reloading);
 * a value no item has is a 400, so the pages kept are bounded by the graph.
 */
public final class TimelineRoute implements Route {
    @Override
    public boolean handle(Publication pub, String path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String entity = blankToNull(request.getParameter("entity"));
        String article = blankToNull(request.getParameter("article"));
        List<TimelineItem> all = Txn.calculateRead(pub.dataset(), () -> Timeline.items(pub));
        if (entity != null && all.stream().noneMatch(i -> i.entities().contains(entity))) {
            Responses.plain(response, 400, "entity=" + entity + " is in no timeline item; give an entity path such as id/deepseek");
            return true;
        }
        if (article != null && all.stream().noneMatch(i -> i.articles().contains(article))) {
            Responses.plain(response, 400, "article=" + article + " states no timeline item; give an article path such as id/article-004");
            return true;
        }
        String key = "/timeline?" + (entity == null ? "" : entity) + "\u0000" + (article == null ? "" : article);
        Rendered r = pub.cached(key, () -> Rendered.of("text/html; charset=utf-8", render(pub, all, entity, article)));
        Responses.cached(request, response, r, pub);
        return true;
    }

    private static String render(Publication pub, List<TimelineItem> all, String entity, String article) {
        Map<String, Object> v = new HashMap<>(Txn.calculateRead(pub.dataset(), () -> TimelineView.of(pub, all,
                i -> (entity == null || i.entities().contains(entity)) && (article == null || i.articles().contains(article)))));
        v.put("entityChoices", selected(v.get("entityChoices"), entity));
        v.put("articleChoices", selected(v.get("articleChoices"), article));
        return Pages.render("timeline", pub, "Timeline", v);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> selected(Object choices, String chosen) {
        return ((List<Map<String, Object>>) choices).stream().map(c -> {
            Map<String, Object> m = new HashMap<>(c);
            m.put("selected", c.get("path").equals(chosen));
            return m;
        }).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
