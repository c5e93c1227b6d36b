package dev.chinaai.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.chinaai.kg.graph.DatasetFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.apache.jena.riot.RDFDataMgr;

/**
 * Random damage to the annotations of a valid project (the golden case on seed
 * 003): whatever a curator's editor, a bad merge or a cut-off copy does to
 * {@code registry.yaml} or the seed file, {@code build} either succeeds with a
 * complete output or exits 1 with every line pointing at file:line:column. It
 * never shows a stack trace or a Java class name, and never leaves output or
 * temporary folders behind. Bugs it found have plain regression tests in
 * {@link LoaderRegressionTest}.
 */
class CorruptAnnotationsPropertyTest {
    private static final Pattern LOCATED = Pattern.compile(
            "mappings/(registry|" + Pattern.quote(GoldenProject.SEED_FILE.replace(".yaml", "")) + ")\\.yaml:\\d+:\\d+: error: \\S.*");
    private static final Pattern COUNT = Pattern.compile("\\d+ errors?");
    private static final Pattern TIMING = Pattern.compile(" {2}[a-z (),A-Z]+ +\\d+ ms");
    private static final Pattern JAVA_NAME = Pattern.compile("\\b[A-Z]\\w*(Exception|Error)\\b|^\\s+at [\\w.$]+\\(|\\bjava\\.\\w+\\.");
    private static final Set<String> PROJECT_ENTRIES = Set.of("seeds", "ontology", "shapes", "mappings");

    private static Path project;

    @BeforeContainer
    static void copyProject() throws IOException {
        project = GoldenProject.copyTo(Files.createTempDirectory("kg-property"));
    }

    @AfterContainer
    static void removeProject() throws IOException {
        try (Stream<Path> all = Files.walk(project)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Provide
    Arbitrary<List<Corruption>> corruptions() {
        Arbitrary<Corruption> one = Combinators.combine(Arbitraries.of(Corruption.Target.class),
                Arbitraries.of(Corruption.Kind.class), Arbitraries.integers().greaterOrEqual(0),
                Arbitraries.integers().greaterOrEqual(0)).as(Corruption::new);
        return one.list().ofMinSize(1).ofMaxSize(3);
    }

    @Property(tries = 200)
    void buildSucceedsOrReportsLocatedErrorsAndWritesNothing(@ForAll("corruptions") List<Corruption> corruptions)
            throws IOException {
        List<String> done = corrupt(corruptions);
        Path out = project.resolve("out");
        GoldenProject.Run run = GoldenProject.run("build", "--project", project.toString(), "--out", out.toString());
        Statistics.label("outcome").collect(run.code() == 0 ? "built" : "refused");
        // Some damage leaves the files valid (a deleted comment, a changed label); without such
        // tries the complete-output half of the property would go untested.
        Statistics.label("outcome").coverage(checker -> checker.check("built").count(n -> n >= 1));
        String context = "after " + done + "\nexit " + run.code() + ", stderr:\n" + run.stderr();
        try {
            assertFalse(JAVA_NAME.matcher(run.stderr()).find(), "a Java class name or stack trace leaked: " + context);
            if (run.code() == 0) {
                assertCompleteOutput(out, context);
            } else {
                assertEquals(1, run.code(), context);
                assertOnlyLocatedErrors(run.stderr(), context);
                assertFalse(Files.exists(out), "a failed build left " + out + ": " + context);
            }
            try (Stream<Path> entries = Files.list(project)) {
                List<String> left = entries.map(p -> p.getFileName().toString())
                        .filter(n -> !PROJECT_ENTRIES.contains(n) && !n.equals("out")).toList();
                assertTrue(left.isEmpty(), "left behind " + left + ": " + context);
            }
        } finally {
            deleteOutput(out);
        }
    }

    /** Writes both annotation files afresh and applies the corruptions; returns what each did. */
    private static List<String> corrupt(List<Corruption> corruptions) throws IOException {
        byte[][] registry = {GoldenProject.original(GoldenProject.REGISTRY)};
        byte[][] seedFile = {GoldenProject.original(GoldenProject.SEED_FILE)};
        List<String> done = new ArrayList<>();
        for (Corruption c : corruptions.stream().sorted(Comparator.comparing(Corruption::kind)).toList()) {
            done.add(c.apply(c.target() == Corruption.Target.REGISTRY ? registry : seedFile));
        }
        Files.write(project.resolve("mappings").resolve(GoldenProject.REGISTRY), registry[0]);
        Files.write(project.resolve("mappings").resolve(GoldenProject.SEED_FILE), seedFile[0]);
        return done;
    }

    private static void assertCompleteOutput(Path out, String context) {
        for (String f : List.of(DatasetFiles.TRIG, DatasetFiles.NQUADS)) {
            Path file = out.resolve(f);
            assertTrue(Files.isRegularFile(file), file + " missing: " + context);
            try {
                assertTrue(RDFDataMgr.loadDatasetGraph(file.toString()).stream().findAny().isPresent(), file + " is empty");
            } catch (RuntimeException e) {
                fail(file + " does not parse (" + e.getMessage() + "): " + context);
            }
        }
    }

    private static void assertOnlyLocatedErrors(String stderr, String context) {
        List<String> lines = stderr.lines().filter(l -> !l.isBlank()).toList();
        assertFalse(lines.isEmpty(), "exit 1 without a message: " + context);
        boolean located = false;
        for (String line : lines) {
            boolean ok = LOCATED.matcher(line).matches();
            located |= ok;
            assertTrue(ok || COUNT.matcher(line).matches() || TIMING.matcher(line).matches(),
                    "not a file:line:column: error line: '" + line + "'\n" + context);
        }
        assertTrue(located, "no file:line:column in the errors: " + context);
    }

    private static void deleteOutput(Path out) throws IOException {
        if (Files.exists(out)) {
            try (Stream<Path> all = Files.walk(out)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
