package dev.chinaai.kg.server.pages;

import dev.chinaai.kg.server.http.Publication;
import dev.chinaai.kg.server.http.Rendered;
import dev.chinaai.kg.server.http.Responses;
import dev.chinaai.kg.server.http.Route;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** {@code /static/<name>}: the stylesheet and scripts of the pages, from the classpath; a fixed list, nothing else. */
public final class StaticRoute implements Route {
    private static final Map<String, String> FILES = Map.of(
            "/static/style.css", "text/css; charset=utf-8",
            "/static/explore.js", "text/javascript; charset=utf-8",
            "/static/editor.js", "text/javascript; charset=utf-8",
            "/static/chart.js", "text/javascript; charset=utf-8",
            "/static/vendor/yasgui/yasgui.min.js", "text/javascript; charset=utf-8",
            "/static/vendor/yasgui/yasgui.min.css", "text/css; charset=utf-8");

    @Override
    public boolean handle(Publication pub, String path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String type = FILES.get(path);
        if (type == null) {
            return false;
        }
        Rendered r = pub.cached(path, () -> {
            try (InputStream in = StaticRoute.class.getResourceAsStream(path)) {
                return Rendered.of(type, in.readAllBytes());
            } catch (IOException | NullPointerException e) {
                throw new IllegalStateException(path + " missing from the jar", e);
            }
        });
        Responses.cached(request, response, r, pub);
        return true;
    }
}
