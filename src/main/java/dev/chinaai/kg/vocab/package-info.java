/**
 * One vocabulary class per namespace (the project's ontology, Web Annotation,
 * PROV-O, W3C ORG, OWL-Time), constants named like the terms.
 *
 * <p>Uses: Jena only. Used by: mapping, graph, validation and server.
 */
package dev.chinaai.kg.vocab;
