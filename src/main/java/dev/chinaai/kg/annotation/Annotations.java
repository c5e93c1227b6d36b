package dev.chinaai.kg.annotation;

import java.util.List;

/** Everything the curators wrote: the registry and one annotation per seed, in file order. */
public record Annotations(Registry registry, List<SeedAnnotation> seeds) {
    public Annotations {
        seeds = List.copyOf(seeds);
    }
}
