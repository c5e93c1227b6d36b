package dev.chinaai.kg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.graph.DatasetFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build --out DIR} killed with SIGKILL at different moments, in a child
 * JVM, must leave DIR holding the previous complete output byte for byte; the
 * temporary folders a kill leaves are hidden siblings that the next build
 * deletes. Some kills are timed from the start (the build is then still
 * reading and validating), some from the moment the child reports validation
 * done, which is when it writes.
 */
class KilledBuildTest {
    private static final long[] FROM_START_MS = {100, 300, 600, 1000, 1500};
    /** Kills after validation at these shares of the time an undisturbed child takes from validation to exit. */
    private static final double[] WRITE_SHARES = {0.5, 0.8, 0.95};
    private static final String VALIDATED = "validate (SHACL)";
    /** The JDK reports a process ended by signal 9 as 128 + 9. */
    private static final int SIGKILLED = 137;

    @TempDir
    Path tmp;

    @Test
    void aKilledBuildLeavesThePreviousOutputAndTheNextBuildCleansUp() throws Exception {
        Path project = GoldenProject.copyTo(tmp.resolve("project"));
        Path out = tmp.resolve("site").resolve("dataset");
        // One child run to the end: what it writes, and how long it takes from validation to exit.
        Path expected = tmp.resolve("expected");
        long writeMillis = timedRun(project, expected);
        Map<String, byte[]> next = readOutput(expected);
        // The previous output has another base, so that it differs from what the child writes.
        Map<String, byte[]> previous = buildInProcess(project, out, "https://previous.example.org/");
        assertFalse(Arrays.equals(previous.get(DatasetFiles.NQUADS), next.get(DatasetFiles.NQUADS)));

        int killed = 0;
        List<String> log = new ArrayList<>();
        for (long ms : FROM_START_MS) {
            killed += killAndCheck(project, out, previous, next, false, ms, log);
        }
        for (double share : WRITE_SHARES) {
            killed += killAndCheck(project, out, previous, next, true, Math.round(share * writeMillis), log);
        }
        // 100, 300 and 600 ms after start a child JVM is still starting up or building, on any machine.
        assertTrue(killed >= 3, "too few builds were still running when killed: " + log);

        buildInProcess(project, out, null);
        assertSameFiles(next, out, "after a complete build");
        assertEquals(List.of("dataset"), siblings(out), "the next build deletes what killed builds left; " + log);
    }

    /** Runs a child build to its end; returns the milliseconds from its validation line to its exit. */
    private static long timedRun(Path project, Path out) throws Exception {
        Process p = child(project, out);
        CountDownLatch validated = new CountDownLatch(1);
        StringBuffer output = new StringBuffer();
        Thread reader = new Thread(() -> drain(p, validated, output), "child-output");
        reader.start();
        assertTrue(validated.await(120, TimeUnit.SECONDS), "the child never finished validating:\n" + output);
        long t = System.nanoTime();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the build did not finish");
        long ms = (System.nanoTime() - t) / 1_000_000;
        reader.join(10_000);
        assertEquals(0, p.exitValue(), output.toString());
        return ms;
    }

    /**
     * Kills one child build; returns 1 if it was still running, 0 if it had already finished.
     * DIR must then hold the previous output, or the new one if the kill came after the rename
     * that puts it in place; either way both files complete.
     */
    private int killAndCheck(Path project, Path out, Map<String, byte[]> previous, Map<String, byte[]> next,
            boolean afterValidation, long ms, List<String> log) throws Exception {
        Process p = child(project, out);
        CountDownLatch validated = new CountDownLatch(1);
        StringBuffer output = new StringBuffer();
        Thread reader = new Thread(() -> drain(p, validated, output), "child-output");
        reader.start();
        if (afterValidation) {
            assertTrue(validated.await(120, TimeUnit.SECONDS), "the child never finished validating:\n" + output);
        }
        Thread.sleep(ms);
        p.destroyForcibly();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the killed child did not end");
        reader.join(10_000);
        int code = p.exitValue();
        String moment = (afterValidation ? ms + " ms after validation" : ms + " ms after start") + ", exit " + code
                + ", siblings " + siblings(out);
        log.add(moment);
        if (code != 0) {
            assertEquals(SIGKILLED, code, "the child failed on its own (" + moment + "):\n" + output);
        }
        Path holder = out;
        if (!Files.exists(out)) {
            // Killed in the microseconds between the two renames: the previous output waits
            // aside, and the next build puts it back before anything else.
            List<String> aside = siblings(out).stream().filter(n -> n.startsWith(".dataset.old-")).toList();
            assertEquals(1, aside.size(), "the output is gone (" + moment + ")");
            holder = out.resolveSibling(aside.get(0));
        }
        // Until the rename that commits it, the previous output stays; after it, the new one is there whole.
        boolean committed = Arrays.equals(next.get(DatasetFiles.NQUADS), Files.readAllBytes(holder.resolve(DatasetFiles.NQUADS)));
        assertSameFiles(committed ? next : previous, holder, moment);
        for (String name : siblings(out)) {
            assertTrue(name.equals("dataset") || name.startsWith(".dataset.new-")
                    || name.startsWith(".dataset.old-") && (committed || holder != out),
                    "unexpected " + name + " next to the output (" + moment + ")");
        }
        if (committed) {
            buildInProcess(project, out, "https://previous.example.org/");
            assertSameFiles(previous, out, "rebuilt after " + moment);
        }
        return code == 0 ? 0 : 1;
    }

    private static void drain(Process p, CountDownLatch validated, StringBuffer output) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                output.append(line).append('\n');
                if (line.contains(VALIDATED)) {
                    validated.countDown();
                }
            }
        } catch (IOException e) {
            // The stream closes when the child is killed; nothing more to read.
        }
    }

    /** {@code java -cp <this test's classpath> Main build ...}: a JVM of its own, so that it can be killed. */
    private static Process child(Path project, Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "build", "--project", project.toString(), "--out", out.toString())
                .redirectErrorStream(true).start();
    }

    private static Map<String, byte[]> buildInProcess(Path project, Path out, String base) throws IOException {
        List<String> args = new ArrayList<>(List.of("build", "--project", project.toString(), "--out", out.toString()));
        if (base != null) {
            args.addAll(List.of("--base", base));
        }
        GoldenProject.Run run = GoldenProject.run(args.toArray(String[]::new));
        assertEquals(0, run.code(), run.stderr());
        return readOutput(out);
    }

    private static Map<String, byte[]> readOutput(Path out) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String f : List.of(DatasetFiles.NQUADS, DatasetFiles.TRIG)) {
            files.put(f, Files.readAllBytes(out.resolve(f)));
        }
        return files;
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Path out, String when) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(DatasetFiles.TRIG, DatasetFiles.NQUADS).stream().sorted().toList(),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), when);
        }
        for (Map.Entry<String, byte[]> e : expected.entrySet()) {
            assertArrayEquals(e.getValue(), Files.readAllBytes(out.resolve(e.getKey())), e.getKey() + " " + when);
            RDFDataMgr.loadDatasetGraph(out.resolve(e.getKey()).toString());
        }
    }

    private static List<String> siblings(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out.getParent())) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
