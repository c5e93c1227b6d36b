/**
 * What every route shares: the {@link dev.chinaai.kg.server.http.Publication}
 * (the immutable served dataset, its base and its rendered-answer cache), class
 * counts, rendered answers with their ETag, conditional responses, and the
 * route interface.
 *
 * <p>Uses: graph, project. Used by: linkeddata, sparql, pages, server.
 */
package dev.chinaai.kg.server.http;
