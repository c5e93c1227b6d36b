/**
 * How to serve: port, base IRI, host, store folder, the releases published
 * beside the graph and the limits on query work. Plain values, validated in
 * their constructors.
 *
 * <p>Uses: graph (IRI base), publication (the releases), diagnostics. Used by: store, sparql, edge, server, CLI.
 */
package dev.chinaai.kg.server.options;
