/**
 * Counts over one quad pattern (count per class, triples per predicate, all
 * quads) answered from one TDB2 index scan instead of ARQ's joins, and the
 * groups of scans that ran to their end kept per data version of the store.
 * {@link dev.chinaai.kg.server.store.count.IndexCounts#install} puts them in
 * front of a dataset's query engine.
 *
 * <p>Uses: server.store (the storage under the text dataset), diagnostics.
 * Used by: server, server.sparql (the guards' Watch).
 * Knows nothing of HTTP.
 */
package dev.chinaai.kg.server.store.count;
