/**
 * Annotations to RDF: one table-driven engine runs one spec per ontology class;
 * claims and provenance, which truly differ, have their own mappers.
 *
 * <p>Uses: annotation, seed, vocab, diagnostics. Used by: graph, curation (the number and date readers).
 */
package dev.chinaai.kg.mapping;
