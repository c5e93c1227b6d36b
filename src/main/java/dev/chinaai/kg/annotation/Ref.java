package dev.chinaai.kg.annotation;

import dev.chinaai.kg.diagnostics.Location;
import java.util.Objects;

/** A reference by id to a registry entity, an excerpt or a claim, where it was written. */
public record Ref(String id, Location location) {
    public Ref {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(location, "location");
        Slugs.check(id, location);
    }
}
