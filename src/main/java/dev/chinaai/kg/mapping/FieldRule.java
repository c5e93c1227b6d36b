package dev.chinaai.kg.mapping;

import java.util.Objects;
import java.util.Set;
import org.apache.jena.rdf.model.Property;

/**
 * One row of a class spec: the field name curators write, the property it
 * becomes, how its value is read, which entity types it may point to, and
 * whether it is required or may repeat.
 */
record FieldRule(String name, Property property, Kind kind, Set<String> targets, boolean required, boolean multiple) {

    FieldRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(kind, "kind");
        targets = Set.copyOf(targets);
        if (kind == Kind.ENTITY && targets.isEmpty()) {
            throw new dev.chinaai.kg.diagnostics.KgException("entity field " + name + " needs target types");
        }
    }

    static FieldRule one(String name, Property p, Kind kind) {
        return new FieldRule(name, p, kind, Set.of(), false, false);
    }

    static FieldRule refs(String name, Property p, String... targets) {
        return new FieldRule(name, p, Kind.ENTITY, Set.of(targets), false, true);
    }

    static FieldRule ref(String name, Property p, String... targets) {
        return new FieldRule(name, p, Kind.ENTITY, Set.of(targets), false, false);
    }

    FieldRule asRequired() {
        return new FieldRule(name, property, kind, targets, true, multiple);
    }
}
