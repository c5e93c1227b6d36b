/**
 * The served dataset's storage: the Fuseki assembler configuration read from
 * {@code fuseki-config/}, the in-memory or TDB2 dataset with its Lucene text
 * index (searched through one shared reader), the German analyzer, building,
 * loading and releasing a persistent store with its marker (base, content
 * digest, release, source-text mode), the dumps, and counts over one quad
 * pattern answered from one TDB2 index scan.
 *
 * <p>Uses: options, publication (digest, release identity, source-text modes), graph, validation, project,
 * diagnostics. Used by: server, server.sparql (the guards' Watch).
 * Knows nothing of HTTP.
 */
package dev.chinaai.kg.server.store;
