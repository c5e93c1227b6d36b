package dev.chinaai.kg.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.rdf.model.Resource;

/**
 * How one ontology class is mapped: its name in the annotations, its RDF
 * class, its IRI template and its field rules. The template's placeholders are
 * {@code {id}} (the registry id or the fact's own id), a field name (the first
 * id given for that field), {@code {seed}}, {@code {excerpt}} and {@code {n}}
 * (the fact's position in its excerpt).
 */
record ClassSpec(String name, Resource rdfClass, String iriTemplate, Map<String, FieldRule> fields) {

    ClassSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rdfClass, "rdfClass");
        Objects.requireNonNull(iriTemplate, "iriTemplate");
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    static ClassSpec of(String name, Resource rdfClass, String iriTemplate, List<FieldRule> rules) {
        Map<String, FieldRule> map = new LinkedHashMap<>();
        for (FieldRule r : rules) {
            if (map.put(r.name(), r) != null) {
                throw new dev.chinaai.kg.diagnostics.KgException(name + ": field " + r.name() + " twice");
            }
        }
        return new ClassSpec(name, rdfClass, iriTemplate, map);
    }

    /** Whether facts of this class are qualified relations (minted per fact) rather than registry entities. */
    boolean qualified() {
        return !iriTemplate.equals(Specs.ENTITY_TEMPLATE);
    }
}
