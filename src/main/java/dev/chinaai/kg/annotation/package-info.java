/**
 * The annotation model: immutable records of what a curator wrote (registry
 * entities, excerpts, facts, claims, values), each validated in its
 * constructor and carrying the file and line it came from.
 *
 * <p>Uses: diagnostics, seed. Used by: annotation.yaml, mapping, graph, curation, CLI.
 */
package dev.chinaai.kg.annotation;
