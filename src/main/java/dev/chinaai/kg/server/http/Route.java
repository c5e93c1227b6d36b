package dev.chinaai.kg.server.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** One entry of the router's table: answers the requests for a path or a path prefix. */
public interface Route {
    /**
     * Handles a GET, HEAD or POST whose decoded path is {@code path}.
     * Returns false when this route has nothing at that path (the router then answers 404).
     */
    boolean handle(Publication publication, String path, HttpServletRequest request, HttpServletResponse response)
            throws IOException;
}
