package dev.chinaai.kg.server.options;

import dev.chinaai.kg.diagnostics.KgException;

/**
 * Limits on the SPARQL engine's work: the query timeout ({@code null}: as in
 * {@code fuseki-config/}), and how many queries may run longer than
 * {@code slowAfterMillis} at once. Cheap queries never meet the second limit;
 * a query that turns slow while {@code maxSlowQueries} slow ones already run is
 * stopped with 503, so that slow queries cannot take every core from the cheap
 * ones (measured with {@code bench/slow.sh}).
 */
public record QueryLimits(Long timeoutMillis, int maxSlowQueries, long slowAfterMillis) {
    /** Slow queries at once by default: two per core (on two cores, 8 at once already doubled a cheap lookup's median). */
    public static final int DEFAULT_MAX_SLOW = 2 * Runtime.getRuntime().availableProcessors();
    /** A query still running after this long counts as slow; lookups and searches take milliseconds. */
    public static final long DEFAULT_SLOW_AFTER_MILLIS = 1000;

    public QueryLimits {
        if (timeoutMillis != null && timeoutMillis <= 0) {
            throw new KgException("--query-timeout " + timeoutMillis + ": give a positive number of milliseconds");
        }
        if (maxSlowQueries < 1) {
            throw new KgException("--max-slow-queries " + maxSlowQueries + ": give at least 1");
        }
        if (slowAfterMillis < 1) {
            throw new KgException("--slow-query-after " + slowAfterMillis + ": give a positive number of milliseconds");
        }
    }

    /** The configured timeout and the default slow-query limits. */
    public static QueryLimits defaults() {
        return withTimeout(null);
    }

    /** A timeout (null: as configured) with the default slow-query limits. */
    public static QueryLimits withTimeout(Long timeoutMillis) {
        return new QueryLimits(timeoutMillis, DEFAULT_MAX_SLOW, DEFAULT_SLOW_AFTER_MILLIS);
    }
}
