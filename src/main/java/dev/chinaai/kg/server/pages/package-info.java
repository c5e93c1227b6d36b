/**
 * Pages for people: the Mustache views of entities, articles and the ontology,
 * their routes (home, search, query page, static files) and the helpful 404.
 *
 * <p>Uses: http, linkeddata, sparql, graph, vocab. Used by: server.
 */
package dev.chinaai.kg.server.pages;
