package dev.chinaai.kg;

import java.util.Objects;

/**
 * One thing wrong with the input: where it is, what is wrong and how to fix it.
 * Printed as {@code file:line:column: error: message}, the form editors and CI
 * logs link to.
 */
public record Problem(Location location, String message) implements Comparable<Problem> {

    public Problem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public int compareTo(Problem o) {
        int c = location.compareTo(o.location);
        return c != 0 ? c : message.compareTo(o.message);
    }

    @Override
    public String toString() {
        return location + ": error: " + message;
    }
}
