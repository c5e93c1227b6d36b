/**
 * The served dataset's storage: the Fuseki assembler configuration read from
 * {@code fuseki-config/}, the in-memory or TDB2 dataset with its Lucene text
 * index, the German analyzer, building, loading and releasing a persistent
 * store, and the dumps.
 *
 * <p>Uses: options, graph, validation, project, diagnostics. Used by: server.
 * Knows nothing of HTTP.
 */
package dev.chinaai.kg.server.store;
