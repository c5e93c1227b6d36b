/**
 * The edge of the server: what happens to a request before any route or
 * Fuseki sees it, at the level of Jetty's core handlers. A request body is
 * read without holding a thread, within a deadline (408) and a size counted
 * after decoding (413); query strings and form bodies must be well-formed
 * UTF-8 percent-encoding (400); every answer, Jetty's own error pages
 * included, carries the security headers, and none carries a request counter.
 * Also the address the server listens on.
 *
 * <p>Uses: server.options. Used by: server.
 */
package dev.chinaai.kg.server.edge;
