package dev.chinaai.kg.server.options;

import dev.chinaai.kg.diagnostics.KgException;

/**
 * Limits on what one HTTP request may cost before any route sees it: the
 * address to listen on ({@value #ALL_INTERFACES}, every interface, unless
 * given), how long the whole request body may take to arrive, and how many
 * bytes a request body or query string may hold once decoded.
 */
public record HttpLimits(String bindAddress, long bodyTimeoutMillis, int maxRequestBytes) {
    /** The wildcard address: a public publication listens on every interface unless told otherwise. */
    public static final String ALL_INTERFACES = "0.0.0.0";
    /**
     * Time for a whole request body by default. A SPARQL query of the largest
     * allowed size arrives in well under a second on any real link; a body still
     * arriving after this is a client holding a connection open, answered 408.
     */
    public static final long DEFAULT_BODY_TIMEOUT_MILLIS = 10_000;
    /** Largest request body or query string, counted after decoding: parsing is not covered by the query timeout. */
    public static final int DEFAULT_MAX_REQUEST_BYTES = 100_000;

    public HttpLimits {
        if (bindAddress == null || bindAddress.isBlank()) {
            bindAddress = ALL_INTERFACES;
        }
        if (bodyTimeoutMillis <= 0) {
            throw new KgException("--body-timeout " + bodyTimeoutMillis + ": give a positive number of milliseconds");
        }
        if (maxRequestBytes <= 0) {
            throw new KgException("request size limit " + maxRequestBytes + ": give a positive number of bytes");
        }
    }

    /** Every interface, the default body time and size. */
    public static HttpLimits defaults() {
        return new HttpLimits(ALL_INTERFACES, DEFAULT_BODY_TIMEOUT_MILLIS, DEFAULT_MAX_REQUEST_BYTES);
    }

    public HttpLimits withBindAddress(String address) {
        return new HttpLimits(address, bodyTimeoutMillis, maxRequestBytes);
    }

    public HttpLimits withBodyTimeout(long millis) {
        return new HttpLimits(bindAddress, millis, maxRequestBytes);
    }
}
