package dev.chinaai.kg.annotation;

import dev.chinaai.kg.diagnostics.Location;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entity of the shared registry: stable id, type, English and German
 * labels, the other names the seeds spell it with, and the ids of entities it
 * replaces after a merge (their IRIs keep answering, with a redirect here).
 */
public record RegistryEntity(String id, String type, Map<String, String> labels, List<String> names,
        List<Ref> replaces, Location location) {

    public RegistryEntity {
        Objects.requireNonNull(location, "location");
        if (id == null) {
            throw new AnnotationException(location, "the entity has no id: add id: <slug>");
        }
        Slugs.check(id, location);
        if (type == null || type.isBlank()) {
            throw new AnnotationException(location, "entity '" + id + "' has no type: add type: Person, Company, ...");
        }
        labels = Map.copyOf(labels);
        if (!labels.containsKey("en") || !labels.containsKey("de")) {
            throw new AnnotationException(location, "entity '" + id + "' needs label: {en: ..., de: ...}");
        }
        for (var l : labels.entrySet()) {
            if (l.getValue().isBlank()) {
                throw new AnnotationException(location, "the " + l.getKey() + " label of entity '" + id + "' is empty: write it");
            }
        }
        names = List.copyOf(names);
        if (names.stream().anyMatch(String::isBlank)) {
            throw new AnnotationException(location, "a name of entity '" + id + "' is empty: delete it from names:");
        }
        replaces = List.copyOf(replaces);
        for (Ref r : replaces) {
            if (r.id().equals(id)) {
                throw new AnnotationException(r.location(), "entity '" + id + "' cannot replace itself: list the ids it was merged from");
            }
        }
    }
}
