/**
 * Linked data for machines: resource documents (concise bounded descriptions),
 * media types and their negotiation, one writer per RDF format, the JSON-LD
 * context, VoID and the dumps.
 *
 * <p>Uses: http, graph, vocab. Used by: sparql (service description), pages,
 * server.
 */
package dev.chinaai.kg.server.linkeddata;
