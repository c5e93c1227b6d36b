package dev.chinaai.kg.diagnostics;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems during one stage so that all of them are reported
 * together; {@link #throwIfAny()} ends the stage.
 */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public void add(Location location, String message) {
        list.add(new Problem(location, message));
    }

    public void addAll(List<Problem> problems) {
        list.addAll(problems);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(list);
    }

    /** Throws an {@link InvalidInputException} with everything collected, if anything was. */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new InvalidInputException(list);
        }
    }
}
