package dev.chinaai.kg.annotation.yaml;

import dev.chinaai.kg.annotation.AnnotationException;
import dev.chinaai.kg.annotation.Annotations;
import dev.chinaai.kg.annotation.ArticleDecl;
import dev.chinaai.kg.annotation.ClaimAnnotation;
import dev.chinaai.kg.annotation.ClaimLink;
import dev.chinaai.kg.annotation.Excerpt;
import dev.chinaai.kg.annotation.Fact;
import dev.chinaai.kg.annotation.Quantity;
import dev.chinaai.kg.annotation.Ref;
import dev.chinaai.kg.annotation.Registry;
import dev.chinaai.kg.annotation.RegistryEntity;
import dev.chinaai.kg.annotation.SeedAnnotation;
import dev.chinaai.kg.annotation.Value;
import dev.chinaai.kg.diagnostics.KgException;
import dev.chinaai.kg.diagnostics.Location;
import dev.chinaai.kg.diagnostics.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads {@code mappings/registry.yaml} and every seed annotation file into
 * records. Every problem of every file is collected; the load fails once, at
 * the end, with all of them (file:line:column each).
 */
public final class AnnotationLoader {
    static final String REGISTRY = "registry.yaml";
    private static final Set<String> TOP = Set.of("draft", "seed", "article", "excerpts", "claims", "withdrawn");
    private static final Set<String> ENTITY = Set.of("id", "type", "label", "names", "replaces");
    private static final Set<String> ARTICLE = Set.of("id", "language", "rights");
    private static final Set<String> RIGHTS = Set.of("publisher", "rightsHolder", "license");
    /** What {@code publisher:} and {@code rightsHolder:} say when the article names nobody. */
    private static final String UNKNOWN = "unknown";
    private static final Set<String> EXCERPT = Set.of("id", "quote", "prefix", "suffix", "occurrence", "pagePart", "mentions",
            "facts");
    static final Set<String> CLAIM = Set.of("id", "excerpts", "claimant", "text", "via", "time", "period", "hedge",
            "place", "about", "value", "supports", "contradicts", "replaces");
    private static final Set<String> TIME = Set.of("text", "date", "before", "after", "from", "to", "resolution");
    private static final Set<String> QUANTITY = Set.of("amount", "unit");
    /** Labels and claim texts are English and German only: the shapes accept no other language there. */
    static final Set<String> EN_DE = Set.of("en", "de");

    private final Problems problems = new Problems();
    private final String prefix;

    private AnnotationLoader(String prefix) {
        this.prefix = prefix;
    }

    /**
     * Loads the folder. File names in messages start with {@code displayPrefix}
     * (normally {@code "mappings/"}).
     */
    public static Annotations load(Path dir, String displayPrefix) {
        AnnotationLoader loader = new AnnotationLoader(displayPrefix);
        Annotations result = loader.loadAll(dir);
        loader.problems.throwIfAny();
        return result;
    }

    /**
     * Loads only a registry file, for tools that read the entities without the
     * seed annotations ({@code annotate}); fails with every problem of the file.
     */
    public static Registry loadRegistry(Path file, String displayName) {
        AnnotationLoader loader = new AnnotationLoader("");
        YamlFile.Parsed parsed = YamlFile.parse(displayName, read(file), loader.problems);
        Registry registry = parsed == null ? null : loader.registry(parsed.file(), parsed.root());
        loader.problems.throwIfAny();
        if (registry == null) {
            throw new KgException(displayName + ": not a registry: it needs entities: followed by a list of entities");
        }
        return registry;
    }

    private Annotations loadAll(Path dir) {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new KgException(dir + ": cannot list the annotation files: " + e.getMessage(), e);
        }
        Registry registry = null;
        List<SeedAnnotation> seeds = new ArrayList<>();
        for (Path f : files) {
            YamlFile.Parsed parsed = YamlFile.parse(prefix + f.getFileName(), read(f), problems);
            if (parsed == null) {
                continue;
            }
            if (f.getFileName().toString().equals(REGISTRY)) {
                registry = registry(parsed.file(), parsed.root());
            } else {
                SeedAnnotation a = seedFile(parsed.file(), parsed.root());
                if (a != null) {
                    seeds.add(a);
                }
            }
        }
        if (registry == null && files.stream().noneMatch(f -> f.getFileName().toString().equals(REGISTRY))) {
            problems.add(Location.of(prefix + REGISTRY), "the registry of entities is missing: create it with entities: [...]");
        }
        return new Annotations(registry == null ? new Registry(List.of()) : registry, seeds);
    }

    private static byte[] read(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new KgException(f + ": cannot read: " + e.getMessage(), e);
        }
    }

    private Registry registry(YamlFile y, Node root) {
        Map<String, Node> top = y.mapping(root, "the registry", Set.of("entities"));
        if (top == null || !top.containsKey("entities")) {
            if (top != null) {
                y.error(root, "the registry needs entities: followed by a list of entities");
            }
            return null;
        }
        List<RegistryEntity> out = new ArrayList<>();
        Map<String, Location> seen = new HashMap<>();
        for (Node n : y.sequenceOfMappings(top.get("entities"), "entities")) {
            RegistryEntity e = guard(() -> entity(y, n));
            if (e == null) {
                continue;
            }
            Location first = seen.putIfAbsent(e.id(), e.location());
            if (first != null) {
                problems.add(e.location(), "duplicate id '" + e.id() + "' (first defined at " + first
                        + "): merge the two entries or give one another id");
            } else {
                out.add(e);
            }
        }
        return new Registry(out);
    }

    private RegistryEntity entity(YamlFile y, Node n) {
        Map<String, Node> m = y.mapping(n, "an entity", ENTITY);
        if (m == null) {
            return null;
        }
        String id = opt(y, m, "id");
        String type = opt(y, m, "type");
        Map<String, String> labels = m.containsKey("label")
                ? texts(y, m.get("label"), "label of entity '" + id + "'", EN_DE) : Map.of();
        List<String> names = new ArrayList<>();
        boolean refused = labels == null;
        if (m.containsKey("names")) {
            for (Node item : y.sequence(m.get("names"), "names")) {
                String s = y.scalar(item, "a name");
                if (s != null && s.isBlank()) {
                    y.error(item, "a name of entity '" + id + "' is empty: delete it from names: or write the spelling");
                    refused = true;
                } else if (s != null) {
                    names.add(s);
                }
            }
        }
        if (refused) {
            return null;
        }
        return new RegistryEntity(id, type, labels, names, refs(y, m, "replaces"), y.at(n));
    }

    private SeedAnnotation seedFile(YamlFile y, Node root) {
        Map<String, Node> m = y.mapping(root, "a seed annotation file", TOP);
        if (m == null) {
            return null;
        }
        if (m.containsKey("draft")) {
            // A draft from `annotate` is a proposal nobody has checked yet; publishing it would put guesses in the graph.
            problems.add(y.at(m.get("draft")), "this file is an unreviewed draft written by `annotate`: check every "
                    + "excerpt, mention and claim against the seed, then delete the line `draft: true` to publish it");
        }
        String seed = opt(y, m, "seed");
        ArticleDecl article = m.containsKey("article") ? guard(() -> article(y, m.get("article"))) : null;
        List<Excerpt> excerpts = new ArrayList<>();
        Map<String, Location> seen = new HashMap<>();
        if (m.containsKey("excerpts")) {
            for (Node n : y.sequenceOfMappings(m.get("excerpts"), "excerpts")) {
                Excerpt e = guard(() -> excerpt(y, n));
                if (e != null) {
                    Location first = seen.putIfAbsent(e.id(), e.location());
                    if (first != null) {
                        problems.add(e.location(), "duplicate excerpt id '" + e.id() + "' (first at " + first + ")");
                    } else {
                        excerpts.add(e);
                    }
                }
            }
        }
        List<ClaimAnnotation> claims = new ArrayList<>();
        if (m.containsKey("claims")) {
            for (Node n : y.sequenceOfMappings(m.get("claims"), "claims")) {
                ClaimAnnotation c = guard(() -> ClaimReader.claim(this, y, n));
                if (c != null) {
                    claims.add(c);
                }
            }
        }
        // Problems with the seed (missing, annotated twice) point at the seed: line.
        Location at = seed != null ? y.at(m.get("seed")) : y.at(root);
        List<ClaimLink> withdrawn = ClaimReader.links(this, y, m, "withdrawn");
        return guard(() -> new SeedAnnotation(seed, article, excerpts, claims, withdrawn, at));
    }

    private ArticleDecl article(YamlFile y, Node n) {
        Map<String, Node> m = y.mapping(n, "article", ARTICLE);
        if (m == null) {
            return null;
        }
        if (!m.containsKey("rights")) {
            return new ArticleDecl(opt(y, m, "id"), opt(y, m, "language"), y.at(n));
        }
        Map<String, Node> r = y.mapping(m.get("rights"), "rights", RIGHTS);
        if (r == null) {
            return null;
        }
        return new ArticleDecl(opt(y, m, "id"), opt(y, m, "language"), actors(y, r, "publisher"),
                actors(y, r, "rightsHolder"), opt(y, r, "license"), y.at(n));
    }

    /** A list of actor ids, or {@value #UNKNOWN} for none named (an empty list); null when the key is missing. */
    private List<Ref> actors(YamlFile y, Map<String, Node> m, String key) {
        if (!m.containsKey(key)) {
            return null;
        }
        if (m.get(key) instanceof org.snakeyaml.engine.v2.nodes.ScalarNode && UNKNOWN.equals(y.scalar(m.get(key), key))) {
            return List.of();
        }
        return refs(y, m, key);
    }

    private Excerpt excerpt(YamlFile y, Node n) {
        Map<String, Node> m = y.mapping(n, "an excerpt", EXCERPT);
        if (m == null) {
            return null;
        }
        Integer occurrence = m.containsKey("occurrence") ? y.integer(m.get("occurrence"), "occurrence") : null;
        List<Fact> facts = new ArrayList<>();
        if (m.containsKey("facts")) {
            for (Node f : y.sequenceOfMappings(m.get("facts"), "facts")) {
                Fact fact = guard(() -> FactReader.fact(this, y, f));
                if (fact != null) {
                    facts.add(fact);
                }
            }
        }
        Location quoteAt = m.containsKey("quote") ? y.at(m.get("quote")) : y.at(n);
        return new Excerpt(opt(y, m, "id"), opt(y, m, "quote"), opt(y, m, "prefix"), opt(y, m, "suffix"),
                occurrence, opt(y, m, "pagePart"), refs(y, m, "mentions"), facts, y.at(n), quoteAt);
    }

    /** A language map such as {@code {en: ..., de: ...}}; null after reporting a wrong shape. */
    Map<String, String> texts(YamlFile y, Node n, String what) {
        return texts(y, n, what, null);
    }

    /**
     * A language map whose languages must be among {@code languages} (null: any);
     * another key is reported where it is written and left out.
     */
    Map<String, String> texts(YamlFile y, Node n, String what, Set<String> languages) {
        Map<String, Node> m = y.mapping(n, what + " (a text by language, e.g. {en: ..., de: ...})", languages);
        if (m == null) {
            return null;
        }
        Map<String, String> out = new HashMap<>();
        boolean[] refused = {false};
        m.forEach((k, v) -> {
            String s = y.scalar(v, what + "." + k);
            if (s != null && s.isBlank()) {
                // A quoted "" or "  " says nothing either; a draft leaves claim texts so, for the curator to write.
                y.error(v, "the " + k + " " + what + " is empty: write it, or leave out " + k + ": where it is not required");
                s = null;
            }
            if (s == null) {
                refused[0] = true;
            } else {
                out.put(k, s);
            }
        });
        // Already reported where it is written: a caller reports no "missing text" on top of it.
        return refused[0] ? null : out;
    }

    Value.Time time(YamlFile y, Node n) {
        Map<String, Node> m = y.mapping(n, "a time ({text: ..., date: ...})", TIME);
        if (m == null) {
            return null;
        }
        return new Value.Time(opt(y, m, "text"), opt(y, m, "date"), opt(y, m, "before"), opt(y, m, "after"),
                opt(y, m, "from"), opt(y, m, "to"), opt(y, m, "resolution"), y.at(n));
    }

    Quantity quantity(YamlFile y, Node n) {
        Map<String, Node> m = y.mapping(n, "value ({amount: ..., unit: ...})", QUANTITY);
        return m == null ? null : new Quantity(opt(y, m, "amount"), opt(y, m, "unit"), y.at(n));
    }

    List<Ref> refs(YamlFile y, Map<String, Node> m, String key) {
        List<Ref> out = new ArrayList<>();
        if (m.containsKey(key)) {
            for (Node item : y.sequence(m.get(key), key)) {
                String id = y.scalar(item, "an id in " + key);
                Ref r = id == null ? null : guard(() -> new Ref(id, y.at(item)));
                if (r != null) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    static String opt(YamlFile y, Map<String, Node> m, String key) {
        return m.containsKey(key) ? y.scalar(m.get(key), key) : null;
    }

    /** Runs a record constructor; a refusal becomes a problem and the record is skipped. */
    <T> T guard(java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (AnnotationException e) {
            problems.addAll(List.of(e.problem()));
            return null;
        }
    }
}
