package dev.chinaai.kg.annotation;

import dev.chinaai.kg.diagnostics.Location;
import java.util.List;
import java.util.Objects;

/**
 * What an excerpt states: either fields of a registry entity
 * ({@code subject}) or a qualified relation of a {@code type} such as
 * Affiliation, optionally with its own {@code id}.
 */
public record Fact(Ref subject, String type, String id, List<Field> fields, Location location) {

    public Fact {
        Objects.requireNonNull(location, "location");
        if ((subject == null) == (type == null)) {
            throw new AnnotationException(location, "a fact needs either subject: <entity id> or type: Affiliation|Activity, not "
                    + (subject == null ? "neither" : "both"));
        }
        if (id != null) {
            Slugs.check(id, location);
        }
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new AnnotationException(location, "the fact states nothing: add at least one field");
        }
    }
}
