package dev.chinaai.kg.server.store;

import dev.chinaai.kg.diagnostics.KgException;

/**
 * The failure a worker thread of a load kept, thrown on the caller's thread
 * as it was raised (so that a full disk's {@link InternalError} or an
 * {@link OutOfMemoryError} is still told apart where the load is reported).
 */
final class Failures {
    private Failures() {
    }

    /** Throws {@code failure} if there is one: as it is if unchecked, else wrapped, saying {@code what} failed. */
    static void rethrow(Throwable failure, String what) {
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new KgException(what + " failed: " + failure, failure);
        }
    }
}
