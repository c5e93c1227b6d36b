package dev.chinaai.kg.mapping;

import dev.chinaai.kg.diagnostics.KgException;

/** A value that a converter refuses; the caller attaches the location and reports it. */
final class BadValue extends KgException {
    private static final long serialVersionUID = 1L;

    BadValue(String message) {
        super(message);
    }

    BadValue(String message, Throwable cause) {
        super(message, cause);
    }
}
