package dev.chinaai.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk, for real: each case runs the command line in a child JVM inside
 * a private mount namespace ({@code unshare -rm}, util-linux) where a tmpfs of
 * a chosen size is mounted, too small for what the build writes. The sizes
 * come from a normal build of the same project, so they follow the data. A
 * full disk must give one line naming the folder and the fix, exit code 1, and
 * leave no half-written dataset or store, and an existing store untouched.
 */
class DiskFullTest {
    private static final Pattern JAVA_NAME = Pattern.compile("\\b[A-Z]\\w*(Exception|Error)\\b|^\\s+at [\\w.$]+\\(",
            Pattern.MULTILINE);
    /** The smallest tmpfs mounted: one page. */
    private static final long PAGE = 4096;

    @TempDir
    Path tmp;
    private Path project;
    private Path disk;

    @BeforeEach
    void setUp() throws IOException {
        project = GoldenProject.copyTo(tmp.resolve("project"));
        // A store is laid out as the Fuseki configuration says.
        Path config = Files.createDirectories(project.resolve("fuseki-config"));
        try (var files = Files.list(Path.of("fuseki-config"))) {
            for (Path f : files.toList()) {
                Files.copy(f, config.resolve(f.getFileName()));
            }
        }
        disk = Files.createDirectory(tmp.resolve("disk"));
    }

    @Test
    void datasetOnAFullDiskIsOneLineAndNothingIsLeft() throws IOException {
        Path out = tmp.resolve("sized-out");
        build("--out", out.toString());
        String run = onSmallDisk(usage(out) / 2, "build --out \"$D/out\"");
        assertOneLineFailure(run, disk.resolve("out") + ": cannot write the dataset: No space left on device");
        assertTrue(run.endsWith("left:\n"), "nothing may remain on the full disk, not even temporary folders:\n" + run);
    }

    @Test
    void storeOnAFullDiskIsOneLineAndNothingIsLeft() throws IOException {
        Path store = tmp.resolve("sized-store");
        build("--out", tmp.resolve("o1").toString(), "--store", store.toString());
        String run = onSmallDisk(usage(store) / 2, "build --out \"$R/o2\" --store \"$D/store\"");
        assertOneLineFailure(run, disk.resolve("store") + ": cannot write the store: the disk is full");
        assertTrue(run.endsWith("left:\n"), "no half-written store may remain:\n" + run);
    }

    @Test
    void rebuildingAStoreOnAFullDiskKeepsThePreviousOne() throws IOException {
        Path store = tmp.resolve("previous-store");
        build("--out", tmp.resolve("o1").toString(), "--store", store.toString());
        // Room for the previous store and half of it again: the new store is built aside and cannot fit.
        long size = usage(store) * 3 / 2;
        String run = onSmallDisk(size, "cp -r \"$R/previous-store\" \"$D/store\" && (cd \"$D/store\" && find . -type f"
                + " -exec md5sum {} + | sort) > \"$R/before\" && build --out \"$R/o2\" --store \"$D/store\"; "
                + "(cd \"$D/store\" && find . -type f -exec md5sum {} + | sort) > \"$R/after\"");
        assertOneLineFailure(run, disk.resolve("store") + ": cannot write the store: the disk is full");
        assertTrue(run.endsWith("left:\nstore\n"), "only the previous store remains:\n" + run);
        List<String> before = Files.readAllLines(tmp.resolve("before"));
        assertTrue(before.stream().anyMatch(l -> l.endsWith("STORE-COMPLETE.properties")), before.toString());
        assertEquals(before, Files.readAllLines(tmp.resolve("after")), "the previous store, byte for byte");
    }

    /** Builds in this JVM, outside the small disk, to learn how much the outputs take. */
    private void build(String... args) {
        List<String> all = new ArrayList<>(List.of("build", "--project", project.toString()));
        all.addAll(List.of(args));
        GoldenProject.Run run = GoldenProject.run(all.toArray(String[]::new));
        assertEquals(0, run.code(), run.stderr());
    }

    /** Bytes a folder's files take on disk (TDB2's files are sparse: their length overstates it), from du. */
    private static long usage(Path dir) throws IOException {
        Process du = new ProcessBuilder("du", "-s", "-B1", dir.toString()).start();
        String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return Long.parseLong(out.split("\\s+")[0]);
    }

    /**
     * Runs a shell script in a mount namespace of its own with a tmpfs of
     * {@code bytes} at {@code $D} ({@code build} runs the command line in a child
     * JVM; {@code $R} is this test's temporary folder); then prints the exit code
     * and what is left on the small disk, which vanishes with the namespace.
     */
    private String onSmallDisk(long bytes, String script) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String sh = "mount -t tmpfs -o size=" + Math.max(PAGE, bytes) / 1024 + "k tmpfs \"$D\" || { echo 'cannot mount a tmpfs'; exit 99; }\n"
                + "build() { \"$JAVA\" -XX:TieredStopAtLevel=1 -cp \"$CP\" " + Main.class.getName()
                + " build --project \"$P\" \"$@\"; echo \"exit $?\"; }\n"
                + script + "\necho left:; ls -A \"$D\"\n";
        ProcessBuilder pb = new ProcessBuilder("unshare", "--user", "--map-root-user", "--mount", "sh", "-c", sh)
                .redirectErrorStream(true);
        pb.environment().putAll(Map.of("JAVA", java, "CP", System.getProperty("java.class.path"),
                "P", project.toString(), "D", disk.toString(), "R", tmp.toString()));
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new AssertionError("this test needs util-linux `unshare` (Debian package util-linux): " + e.getMessage(), e);
        }
        try {
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), output);
            assertFalse(output.contains("cannot mount a tmpfs") || output.contains("unshare:"),
                    "this test needs unprivileged user and mount namespaces (unshare -rm): " + output);
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            p.destroyForcibly();
        }
    }

    /** The build's stage lines, then exactly one error line starting as expected, and exit code 1. */
    private static void assertOneLineFailure(String output, String expectedStart) {
        assertTrue(output.contains("exit 1\n"), output);
        assertFalse(JAVA_NAME.matcher(output).find(), "no stack trace or Java names:\n" + output);
        List<String> errors = output.lines().filter(l -> l.startsWith("/")).toList();
        assertEquals(1, errors.size(), output);
        assertTrue(errors.get(0).startsWith(expectedStart), errors.get(0));
        assertTrue(errors.get(0).contains("free some space") || errors.get(0).contains("give --out"), errors.get(0));
    }
}
