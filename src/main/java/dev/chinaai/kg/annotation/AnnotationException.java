package dev.chinaai.kg.annotation;

import dev.chinaai.kg.diagnostics.KgException;
import dev.chinaai.kg.diagnostics.Location;
import dev.chinaai.kg.diagnostics.Problem;

/** A record constructor refused its data; the loader turns it into a {@link Problem}. */
public class AnnotationException extends KgException {
    private static final long serialVersionUID = 1L;
    private final transient Location location;

    public AnnotationException(Location location, String message) {
        super(location + ": " + message);
        this.location = location;
    }

    public Problem problem() {
        String msg = getMessage().substring(location.toString().length() + 2);
        return new Problem(location, msg);
    }
}
