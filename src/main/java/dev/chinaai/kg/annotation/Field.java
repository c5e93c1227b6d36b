package dev.chinaai.kg.annotation;

import dev.chinaai.kg.diagnostics.Location;
import java.util.Objects;

/** One field of a fact: its name, as written, and its value. */
public record Field(String name, Value value, Location location) {
    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(location, "location");
    }
}
