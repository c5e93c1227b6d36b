package dev.chinaai.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import dev.chinaai.kg.graph.DatasetFiles;
import dev.chinaai.kg.synth.SyntheticCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults of the environment rather than of the annotations: each gives one
 * line that says what is wrong and what to do, exit code 1, no stack trace,
 * and no output.
 */
class EnvironmentFaultTest {
    private static final Pattern JAVA_NAME = Pattern.compile("\\b[A-Z]\\w*(Exception|Error)\\b|^\\s+at [\\w.$]+\\(",
            Pattern.MULTILINE);

    @TempDir
    Path tmp;
    private Path project;

    @BeforeEach
    void copyProject() throws IOException {
        project = GoldenProject.copyTo(tmp.resolve("project"));
    }

    /**
     * A read-only folder stops the write for a normal user. Tests may run as root,
     * which permission bits do not stop; then the out folder is put below a regular
     * file instead, which stops everyone. Either way the build must fail with one line.
     */
    @Test
    void outputFolderThatCannotBeWrittenIsOneLine() throws IOException {
        Path readOnly = Files.createDirectory(tmp.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        boolean bitsStopWrites = !Files.isWritable(readOnly);
        Path file = Files.writeString(tmp.resolve("a-file"), "not a folder");
        Path out = bitsStopWrites ? readOnly.resolve("dataset") : file.resolve("dataset");
        String reason = bitsStopWrites ? "permission denied on " + readOnly : file + " is a file, not a folder";
        try {
            String line = failsWithOneLine("build", "--project", project.toString(), "--out", out.toString());
            assertEquals(out + ": cannot write the dataset: " + reason + "; give --out a folder you can write to", line);
            assertFalse(Files.exists(out));
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void outputThatIsARegularFileIsOneLineAndTheFileStays() throws IOException {
        Path out = Files.writeString(tmp.resolve("dataset"), "someone's notes");
        String line = failsWithOneLine("build", "--project", project.toString(), "--out", out.toString());
        assertEquals(out + ": exists and is not a folder; remove it or give --out another folder", line);
        assertEquals("someone's notes", Files.readString(out));
    }

    /** The build replaces the folder; one that holds other files (--out . in a clone) must not be wiped. */
    @Test
    void outputFolderWithOtherFilesIsRefusedAndKept() throws IOException {
        Path out = Files.createDirectory(tmp.resolve("dataset"));
        Files.writeString(out.resolve("notes.txt"), "keep me");
        String line = failsWithOneLine("build", "--project", project.toString(), "--out", out.toString());
        assertTrue(line.startsWith(out + ": holds files the build did not write (notes.txt)"), line);
        assertEquals(List.of("notes.txt"), list(out));
        assertEquals("keep me", Files.readString(out.resolve("notes.txt")));
    }

    @Test
    void seedNamedByTheAnnotationsButMissingFromSeedsIsOneLocatedError() throws IOException {
        Files.delete(project.resolve("seeds").resolve(GoldenProject.SEED));
        GoldenProject.Run run = build();
        assertEquals(1, run.code(), run.stderr());
        List<String> lines = run.stderr().lines().toList();
        assertEquals(List.of("mappings/" + GoldenProject.SEED_FILE + ":2:7: error: seed '" + GoldenProject.SEED
                + "' is not in seeds/ (copy the article there from ../shared/seeds/, or correct seed:)", "1 error"), lines,
                "one error, without follow-on errors about entities its excerpts mention");
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void projectWithoutMappingsIsOneLine() throws IOException {
        Path notAProject = Files.createDirectory(tmp.resolve("not-a-project"));
        Files.createDirectory(notAProject.resolve("seeds"));
        String line = failsWithOneLine("build", "--project", notAProject.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(notAProject + ": not a project directory (no mappings/ folder in it); give the folder of a clone "
                + "with --project, or leave the option out", line);
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void projectThatDoesNotExistIsOneLine() {
        Path missing = tmp.resolve("no-such-folder");
        String line = failsWithOneLine("validate", "--project", missing.toString());
        assertEquals(missing + ": no such folder; give --project the folder of a clone, or leave the option out", line);
    }

    /** A heap too small for the corpus: one line with the heap size and the fix, exit 1, no output, no hidden leftovers. */
    @Test
    void outOfMemoryIsOneLineAndNothingIsWritten() throws IOException, InterruptedException {
        Path out = tmp.resolve("out");
        // Ten times the seeds needs about 160 MB of heap (bench/results/scale-*.md); 48 MB starts the JVM and
        // Jena with room to spare, so the build itself, not start-up, runs out.
        Path large = tmp.resolve("large");
        SyntheticCorpus.write(TestGraph.LAYOUT, large, 10);
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-Xmx48m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "build", "--project", large.toString(), "--out", out.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), stderr);
        assertEquals(1, p.exitValue(), stderr);
        List<String> lines = stderr.lines().filter(l -> !l.startsWith("  ")).toList();
        assertEquals(1, lines.size(), stderr);
        assertTrue(lines.get(0).startsWith("out of memory: the Java heap (at most "), lines.get(0));
        assertTrue(lines.get(0).contains("-Xmx"), lines.get(0));
        assertFalse(JAVA_NAME.matcher(stderr).find(), stderr);
        assertEquals(List.of("large", "project"), list(tmp), "neither the output nor a hidden half-written folder");
    }

    /** The same for a load: its rows and sorted copies of them are what a small heap runs out on. */
    @Test
    void loadOutOfMemoryIsOneLineAndLeavesNoHalfWrittenStore() throws IOException, InterruptedException {
        Path large = tmp.resolve("large");
        SyntheticCorpus.write(TestGraph.LAYOUT, large, 10);
        Path dump = tmp.resolve("dump");
        GoldenProject.Run built = GoldenProject.run("build", "--project", large.toString(), "--out", dump.toString());
        assertEquals(0, built.code(), built.stderr());
        // 64 MB: the JVM, Jena and the store's configuration start; the load of ten times the seeds does not fit.
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-Xmx64m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "load", "--store", tmp.resolve("store").toString(),
                dump.resolve(DatasetFiles.NQUADS).toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(tmp.resolve("err").toFile()).start();
        // A hang is a failure too (closing the text index after a failure on its thread once waited for ever).
        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        p.destroyForcibly();
        String stderr = Files.readString(tmp.resolve("err"));
        Files.delete(tmp.resolve("err"));
        assertTrue(ended, "the load did not end within 120 s: " + stderr);
        assertEquals(1, p.exitValue(), stderr);
        List<String> lines = stderr.lines().filter(l -> !l.startsWith("  ")).toList();
        assertEquals(1, lines.size(), stderr);
        assertTrue(lines.get(0).startsWith("out of memory: the Java heap (at most "), lines.get(0));
        assertFalse(JAVA_NAME.matcher(stderr).find(), stderr);
        assertEquals(List.of("dump", "large", "project"), list(tmp), "neither a store nor a hidden half-written one");
    }

    private GoldenProject.Run build() {
        return GoldenProject.run("build", "--project", project.toString(), "--out", tmp.resolve("out").toString());
    }

    /** Runs, expects exit code 1 and exactly one line on stderr without Java names; returns that line. */
    private static String failsWithOneLine(String... args) {
        GoldenProject.Run run = GoldenProject.run(args);
        assertEquals(1, run.code(), run.stderr());
        assertFalse(JAVA_NAME.matcher(run.stderr()).find(), run.stderr());
        List<String> lines = run.stderr().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), run.stderr());
        assertEquals("", run.stdout());
        return lines.get(0);
    }

    private static List<String> list(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
