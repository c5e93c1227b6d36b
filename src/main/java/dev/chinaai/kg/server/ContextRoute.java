package dev.chinaai.kg.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /context.jsonld}: the JSON-LD context every JSON-LD document of the publication refers to. */
final class ContextRoute implements Route {
    @Override
    public boolean handle(Publication pub, String path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Rendered r = pub.cached(path, () -> Rendered.of("application/ld+json; charset=utf-8", JsonLdWriter.context(pub)));
        Responses.cached(request, response, r, pub.lastModified());
        return true;
    }
}
