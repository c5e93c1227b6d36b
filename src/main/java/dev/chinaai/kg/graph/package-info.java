/**
 * The whole knowledge graph: built from the project's input, published under a
 * base IRI, and written atomically as TriG and N-Quads.
 *
 * <p>Uses: annotation, annotation.yaml, mapping, seed, project, vocab,
 * diagnostics. Used by: validation, server, CLI.
 */
package dev.chinaai.kg.graph;
