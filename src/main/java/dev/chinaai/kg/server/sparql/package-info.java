/**
 * The SPARQL service: queries bounded in time, rows and size, the slow-query
 * lane, the regular-expression guard, the limits on every function call and
 * value (time, digits, characters, per-query budget), the heap watch, the
 * answer cache, the cache validators of every GET answer (also those the
 * answer cache does not keep), the compact SELECT JSON writer, the service
 * description and full-text search over the Lucene index.
 *
 * <p>Uses: http, linkeddata, options, store.count (a guard says what it watches, so that a count
 * answered by an index scan can see past it). Used by: pages (search), server.
 */
package dev.chinaai.kg.server.sparql;
