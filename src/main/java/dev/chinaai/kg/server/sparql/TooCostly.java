package dev.chinaai.kg.server.sparql;

import org.apache.jena.query.QueryCancelledException;

/**
 * A query stopped on one of its own limits (a regular expression that
 * backtracks, a value grown too large, a function call that ran too long);
 * the endpoint answers it with 422 and this message. A query cancellation, not
 * a project exception, by necessity: ARQ's FILTER turns every other exception
 * into "false" and drops the row silently, and its aggregates and BIND swallow
 * expression errors, but all of them let cancellations through.
 */
final class TooCostly extends QueryCancelledException {
    private static final long serialVersionUID = 1L;
    private final String message;

    TooCostly(String message) {
        this.message = message;
    }

    @Override
    public String getMessage() {
        return message;
    }
}
