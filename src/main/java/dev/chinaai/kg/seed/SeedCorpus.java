package dev.chinaai.kg.seed;

import dev.chinaai.kg.diagnostics.KgException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The seed articles of a project, by file name, in file-name order. */
public final class SeedCorpus {
    private final Map<String, SeedText> seeds;

    private SeedCorpus(Map<String, SeedText> seeds) {
        this.seeds = seeds;
    }

    /** Reads every {@code *.txt} file of the folder. */
    public static SeedCorpus load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new KgException(dir + ": the seeds folder is missing; copy ../shared/seeds/*.txt into seeds/");
        }
        Map<String, SeedText> map = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".txt")).toList()) {
                String name = p.getFileName().toString();
                map.put(name, SeedText.of(name, Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new KgException(dir + ": cannot read the seeds: " + e.getMessage(), e);
        }
        return new SeedCorpus(map);
    }

    /** The seed with this file name, or null. */
    public SeedText get(String fileName) {
        return seeds.get(fileName);
    }

    public Collection<SeedText> all() {
        return seeds.values();
    }

    public java.util.Set<String> names() {
        return seeds.keySet();
    }
}
