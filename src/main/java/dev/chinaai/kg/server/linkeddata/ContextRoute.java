package dev.chinaai.kg.server.linkeddata;

import dev.chinaai.kg.server.http.Publication;
import dev.chinaai.kg.server.http.Rendered;
import dev.chinaai.kg.server.http.Responses;
import dev.chinaai.kg.server.http.Route;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /context.jsonld}: the JSON-LD context every JSON-LD document of the publication refers to. */
public final class ContextRoute implements Route {
    @Override
    public boolean handle(Publication pub, String path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Rendered r = pub.cached(path, () -> Rendered.of("application/ld+json; charset=utf-8", JsonLdWriter.context(pub)));
        Responses.cached(request, response, r, pub);
        return true;
    }
}
