package dev.chinaai.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layout ARCHITECTURE.md describes: packages form one ordered list in which
 * each may use only those before it (so dependencies run one way and no cycle
 * can form), every package says in a package-info what it owns, and no package
 * grows past about fifteen classes. Reads the main sources' imports and fully
 * qualified names, so it needs no compiled classes.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/dev/chinaai/kg");
    private static final String ROOT = "dev.chinaai.kg";
    /** Each package may use only the packages listed before it. */
    private static final List<String> LAYERS = List.of(
            "diagnostics", "project", "vocab", "seed", "annotation", "annotation.yaml", "synth", "mapping", "graph",
            "validation", "curation", "publication", "reanchor", "server.options", "server.store", "server.store.count", "server.http",
            "server.linkeddata", "server.sparql", "server.cite", "server.pages.explore", "server.pages", "server.edge",
            "server", "server.watch", "cli");
    private static final int MAX_CLASSES = 15;
    private static final Pattern USE = Pattern.compile("\\bdev\\.chinaai\\.kg\\.((?:[a-z]\\w*\\.)*[a-z]\\w*)\\.[A-Z]");

    @Test
    void dependenciesRunOneWay() {
        List<String> backwards = new ArrayList<>();
        sources().forEach((file, pkg) -> {
            int rank = rank(pkg, file);
            Matcher m = USE.matcher(withoutPackageLine(read(file)));
            while (m.find()) {
                String used = m.group(1);
                if (!used.equals(pkg) && rank(used, file) >= rank) {
                    backwards.add(MAIN.relativize(file) + ": " + pkg + " uses " + used
                            + ", which comes at or after it in ArchitectureTest.LAYERS");
                }
            }
        });
        assertEquals(List.of(), backwards.stream().distinct().toList(), "dependencies that run back");
    }

    @Test
    void everyPackageIsListedSaysWhatItOwnsAndStaysSmall() {
        Map<String, Integer> classes = new TreeMap<>();
        sources().forEach((file, pkg) -> {
            if (!file.getFileName().toString().equals("package-info.java")) {
                classes.merge(pkg, 1, Integer::sum);
            }
        });
        assertEquals(new TreeSet<>(LAYERS), new TreeSet<>(classes.keySet()), "packages in LAYERS and on disk");
        for (String pkg : classes.keySet()) {
            Path info = MAIN.resolve(pkg.replace('.', '/')).resolve("package-info.java");
            assertTrue(Files.exists(info), pkg + " has no package-info.java saying what it owns and what it may use");
            assertTrue(classes.get(pkg) <= MAX_CLASSES, pkg + " holds " + classes.get(pkg) + " classes; split it by concern");
        }
    }

    private static int rank(String pkg, Path file) {
        int r = LAYERS.indexOf(pkg);
        if (r < 0) {
            throw new AssertionError(MAIN.relativize(file) + ": package " + pkg + " is not in ArchitectureTest.LAYERS");
        }
        return r;
    }

    /** Each main source file with its package, relative to {@value #ROOT}. */
    private static Map<Path, String> sources() {
        Map<Path, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                String rel = MAIN.relativize(f.getParent()).toString().replace('/', '.');
                out.put(f, rel.isEmpty() ? "" : rel);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withoutPackageLine(String source) {
        return source.replaceFirst("(?m)^package " + Pattern.quote(ROOT) + "[\\w.]*;", "");
    }
}
