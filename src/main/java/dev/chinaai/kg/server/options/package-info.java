/**
 * How to serve: port, base IRI, host, store folder and the limits on query
 * work. Plain values, validated in their constructors.
 *
 * <p>Uses: graph (IRI base), diagnostics. Used by: store, sparql, edge, server, CLI.
 */
package dev.chinaai.kg.server.options;
