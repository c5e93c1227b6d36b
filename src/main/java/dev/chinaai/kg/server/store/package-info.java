/**
 * The served dataset's storage: the Fuseki assembler configuration read from
 * {@code fuseki-config/}, the in-memory or TDB2 dataset with its Lucene text
 * index (searched through one shared reader), the German analyzer, building,
 * loading and releasing a persistent store with its marker (base, content
 * digest, release, source-text mode) with a bulk load that sorts and packs
 * TDB2's indexes, and the dumps.
 *
 * <p>Uses: options, publication (digest, release identity, source-text modes), graph, validation, project,
 * diagnostics. Used by: server, server.store.count, cli.
 * Knows nothing of HTTP.
 */
package dev.chinaai.kg.server.store;
