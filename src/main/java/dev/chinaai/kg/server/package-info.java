/**
 * The running publication: {@link dev.chinaai.kg.server.KgServer} assembles
 * the embedded Fuseki, its filters and the routes; the router sends each path
 * to the page, linked-data or SPARQL room that owns it, and the resource route
 * negotiates between an entity's HTML page and its RDF documents.
 *
 * <p>Uses: every server.* package. Used by: the CLI.
 */
package dev.chinaai.kg.server;
