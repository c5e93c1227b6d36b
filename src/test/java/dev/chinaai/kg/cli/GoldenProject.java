package dev.chinaai.kg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A small valid project to break on purpose: the golden case
 * {@code affiliation-and-quote} on the real seed 003, with the real ontology and
 * shapes. Small enough that one build takes well under a second once warm.
 */
final class GoldenProject {
    static final String SEED = "003_64e71819730d93b9.txt";
    static final String SEED_FILE = "003_64e71819730d93b9.yaml";
    static final String REGISTRY = "registry.yaml";
    static final Path CASE = Path.of("src/test/resources/golden/affiliation-and-quote");

    private GoldenProject() {
    }

    /** Copies seeds/003, ontology/, shapes/ and the case's mappings/ into {@code root}; returns root. */
    static Path copyTo(Path root) throws IOException {
        Files.createDirectories(root.resolve("seeds"));
        Files.copy(Path.of("seeds").resolve(SEED), root.resolve("seeds").resolve(SEED));
        for (String dir : new String[] {"ontology", "shapes"}) {
            Files.createDirectories(root.resolve(dir));
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.toList()) {
                    Files.copy(f, root.resolve(dir).resolve(f.getFileName()));
                }
            }
        }
        Files.createDirectories(root.resolve("mappings"));
        for (String f : new String[] {REGISTRY, SEED_FILE}) {
            Files.copy(CASE.resolve("mappings").resolve(f), root.resolve("mappings").resolve(f));
        }
        return root;
    }

    /** The original bytes of one of the case's two annotation files. */
    static byte[] original(String file) throws IOException {
        return Files.readAllBytes(CASE.resolve("mappings").resolve(file));
    }

    /** What one in-process run of the command line did. */
    record Run(int code, String stdout, String stderr) {
    }

    /** Runs the command line in this JVM, capturing both streams. */
    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }
}
