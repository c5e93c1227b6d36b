package dev.chinaai.kg.annotation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The shared registry of entities, by id, in file order. Ids are unique (checked by the loader). */
public record Registry(List<RegistryEntity> entities) {

    public Registry {
        entities = List.copyOf(entities);
    }

    public Map<String, RegistryEntity> byId() {
        Map<String, RegistryEntity> map = new LinkedHashMap<>();
        for (RegistryEntity e : entities) {
            map.putIfAbsent(e.id(), e);
        }
        return Collections.unmodifiableMap(map);
    }
}
