package dev.chinaai.kg.server.pages;

import dev.chinaai.kg.server.http.Publication;
import dev.chinaai.kg.server.http.Rendered;
import dev.chinaai.kg.server.http.Responses;
import dev.chinaai.kg.server.http.Route;
import dev.chinaai.kg.server.pages.explore.Debates;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.jena.system.Txn;

/**
 * {@code /claims}: the debates, every claim grouped by what it is about,
 * supporting and contradicting claims side by side; {@code ?about=id/...}
 * gives one group with every claim in full (an unknown topic is a 400, so the
 * pages kept are bounded by the graph).
 */
public final class ClaimsRoute implements Route {
    @Override
    public boolean handle(Publication pub, String path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String about = request.getParameter("about");
        about = about == null || about.isBlank() ? null : about.strip();
        String topic = about;
        Map<String, Object> view = Txn.calculateRead(pub.dataset(), () -> Debates.all(pub, topic));
        if (topic != null && ((List<?>) view.get("groups")).isEmpty()) {
            Responses.plain(response, 400, "about=" + topic + " is no topic of the claims; give an entity path such as id/sora");
            return true;
        }
        Rendered r = pub.cached("/claims?" + (topic == null ? "" : topic), () -> Rendered.of("text/html; charset=utf-8",
                Pages.render("claims", pub, "Debates", view)));
        Responses.cached(request, response, r, pub);
        return true;
    }
}
