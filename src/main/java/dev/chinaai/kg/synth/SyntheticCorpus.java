package dev.chinaai.kg.synth;

import dev.chinaai.kg.diagnostics.KgException;
import dev.chinaai.kg.project.ProjectLayout;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * A synthetic corpus {@code factor} times the project's, for measuring how the
 * build and the server scale. Copy {@code k} of every seed is a new article
 * ({@code NNNkKKKK_<hash>.txt}, the same text) whose annotations are those of
 * the original with every entity, claim and article id suffixed {@code -kKKKK}
 * and registered anew, so each copy adds the registry's distribution of types,
 * claims and excerpts, and the whole stays valid against the shapes. Copy 0 is
 * the project itself. Deterministic: the same factor gives the same files.
 * A shard holds copies {@code first .. first+factor-1} only; as copies share no
 * ids, the shards of a corpus too large for one build are built one by one
 * and their dumps loaded together ({@code load}).
 */
public final class SyntheticCorpus {
    /** Keys whose string values are text, never ids. */
    private static final Set<String> TEXT_KEYS = Set.of("quote", "prefix", "suffix", "de", "en", "text", "date", "before",
            "after", "resolution", "amount", "unit", "status", "language", "seed", "type", "occurrence", "maximum", "current");

    private SyntheticCorpus() {
    }

    /** Writes seeds/, mappings/, ontology/, shapes/ and fuseki-config/ of the synthetic corpus under {@code out}. */
    public static void write(ProjectLayout source, Path out, int factor) {
        write(source, out, factor, 0);
    }

    /** Writes copies {@code first .. first+factor-1} (copy 0 is the project itself) as a project under {@code out}. */
    public static void write(ProjectLayout source, Path out, int factor, int first) {
        if (factor < 1) {
            throw new KgException("--factor " + factor + ": give 1 or more");
        }
        if (first < 0 || (long) first + factor > 10_000) {
            throw new KgException("--first " + first + ": copies are numbered 0 to 9999; give a first copy from 0 to "
                    + (10_000 - factor));
        }
        try {
            copyFolder(source.ontology(), out.resolve("ontology"));
            copyFolder(source.shapes(), out.resolve("shapes"));
            copyFolder(source.fusekiConfig(), out.resolve("fuseki-config"));
            Files.createDirectories(out.resolve("seeds"));
            Files.createDirectories(out.resolve("mappings"));
            if (first == 0) {
                copyFolder(source.seeds(), out.resolve("seeds"));
                copyFolder(source.mappings(), out.resolve("mappings"));
            }
            Load load = new Load(LoadSettings.builder().build());
            Map<String, Object> registry = map(load.loadFromString(read(source.mappings().resolve("registry.yaml"))));
            List<Object> entities = list(registry.get("entities"));
            List<Path> seedFiles;
            try (Stream<Path> s = Files.list(source.mappings())) {
                seedFiles = s.filter(p -> !p.getFileName().toString().equals("registry.yaml"))
                        .filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
            }
            Set<String> ids = new HashSet<>();
            entities.forEach(e -> ids.add((String) map(e).get("id")));
            List<Object> allEntities = new ArrayList<>(first == 0 ? entities : List.of());
            for (Path f : seedFiles) {
                Map<String, Object> doc = map(load.loadFromString(read(f)));
                ids.add((String) map(doc.get("article")).get("id"));
                if (doc.get("claims") != null) {
                    list(doc.get("claims")).forEach(c -> ids.add((String) map(c).get("id")));
                }
            }
            for (int k = Math.max(1, first); k < first + factor; k++) {
                String suffix = String.format("-k%04d", k);
                for (Object e : entities) {
                    Map<String, Object> copy = new LinkedHashMap<>(map(e));
                    copy.put("id", copy.get("id") + suffix);
                    if (copy.get("replaces") != null) {
                        // A copy replaces the copies of the merged ids: one old IRI may redirect to one successor only.
                        copy.put("replaces", list(copy.get("replaces")).stream().map(r -> r + suffix).toList());
                    }
                    allEntities.add(copy);
                }
                for (Path f : seedFiles) {
                    writeCopy(load, f, source.seeds(), out, k, suffix, ids);
                }
            }
            registry.put("entities", allEntities);
            DumpSettings flow = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.AUTO).setWidth(400).setDereferenceAliases(true).build();
            Files.writeString(out.resolve("mappings/registry.yaml"), new Dump(flow).dumpToString(registry), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new KgException(out + ": cannot write the synthetic corpus: " + e.getMessage(), e);
        }
    }

    private static void writeCopy(Load load, Path f, Path seeds, Path out, int k, String suffix, Set<String> ids)
            throws IOException {
        Map<String, Object> doc = map(load.loadFromString(read(f)));
        String seed = (String) doc.get("seed");
        int us = seed.indexOf('_');
        String copyName = seed.substring(0, us) + String.format("k%04d", k) + seed.substring(us);
        Files.copy(seeds.resolve(seed), out.resolve("seeds").resolve(copyName));
        Map<String, Object> renamed = map(rename(doc, null, suffix, ids));
        renamed.put("seed", copyName);
        Map<String, Object> article = map(renamed.get("article"));
        article.put("id", article.get("id").toString().replace(suffix, "") + String.format("k%04d", k));
        String oldArticle = (String) map(doc.get("article")).get("id");
        Object fixed = replaceValue(renamed, oldArticle + suffix, article.get("id").toString());
        String name = copyName.replace(".txt", ".yaml");
        Files.writeString(out.resolve("mappings").resolve(name), new Dump(DumpSettings.builder().setDereferenceAliases(true).build()).dumpToString(fixed),
                StandardCharsets.UTF_8);
    }

    /** The tree with every id-valued string suffixed (excerpt ids and text stay as they are). */
    private static Object rename(Object node, String key, String suffix, Set<String> ids) {
        if (node instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put((String) k, rename(v, (String) k, suffix, ids)));
            return out;
        }
        if (node instanceof List<?> l) {
            if ("excerpts".equals(key)) {
                // Excerpt ids are local to their file and stay as they are, in references and in definitions.
                return l.stream().map(x -> x instanceof Map<?, ?> m ? keepId(m, rename(m, key, suffix, ids)) : x).toList();
            }
            return l.stream().map(x -> rename(x, key, suffix, ids)).toList();
        }
        if (node instanceof String s && !TEXT_KEYS.contains(key) && ids.contains(s)) {
            return s + suffix;
        }
        return node;
    }

    private static Object keepId(Map<?, ?> original, Object renamed) {
        map(renamed).put("id", original.get("id"));
        return renamed;
    }

    private static Object replaceValue(Object node, String from, String to) {
        if (node instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put((String) k, replaceValue(v, from, to)));
            return out;
        }
        if (node instanceof List<?> l) {
            return l.stream().map(x -> replaceValue(x, from, to)).toList();
        }
        return from.equals(node) ? to : node;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return (List<Object>) o;
    }

    private static String read(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path p : s.toList()) {
                Files.write(to.resolve(p.getFileName().toString()), Files.readAllBytes(p));
            }
        }
    }
}
