package dev.chinaai.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annotate}: the draft on standard output or in a file, and bad input as one clear line with nothing written. */
class AnnotateCommandTest {
    private static final String SEED = "seeds/003_64e71819730d93b9.txt";
    private static final String REGISTRY = "src/test/resources/curation/registry.yaml";

    @TempDir
    Path dir;
    private String stdout;
    private String stderr;

    private int run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        stdout = out.toString();
        stderr = err.toString();
        return code;
    }

    @Test
    void theDraftGoesToStandardOutputOrWholeIntoTheFile() throws IOException {
        assertEquals(0, run("annotate", SEED, "--registry", REGISTRY), stderr);
        String printed = stdout;
        assertTrue(printed.contains("\ndraft: true\n"), printed);
        Path file = dir.resolve("003.yaml");
        assertEquals(0, run("annotate", SEED, "--registry", REGISTRY, "--out", file.toString()), stderr);
        assertEquals(printed, Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(Files.readString(Path.of("src/test/resources/curation/003-draft.yaml"), StandardCharsets.UTF_8), printed);
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left beside the draft");
        }
    }

    @Test
    void aMissingArticleIsOneLineAndWritesNothing() {
        Path out = dir.resolve("draft.yaml");
        assertEquals(1, run("annotate", "seeds/no-such-article.txt", "--registry", REGISTRY, "--out", out.toString()));
        assertOneLine("seeds/no-such-article.txt: no such article");
        assertFalse(Files.exists(out));
    }

    @Test
    void aMissingRegistryIsOneLineAndWritesNothing() {
        Path out = dir.resolve("draft.yaml");
        assertEquals(1, run("annotate", SEED, "--registry", dir.resolve("none.yaml").toString(), "--out", out.toString()));
        assertOneLine("none.yaml: no registry there");
        assertFalse(Files.exists(out));
    }

    @Test
    void anUnreadableRegistryNamesItsLineAndLeavesAnOldDraftAlone() throws IOException {
        Path registry = dir.resolve("registry.yaml");
        Files.writeString(registry, "entities:\n  - {id: deepseek, type: Lab, label: {en: DeepSeek, de: DeepSeek}\n");
        Path out = dir.resolve("draft.yaml");
        Files.writeString(out, "kept");
        assertEquals(1, run("annotate", SEED, "--registry", registry.toString(), "--out", out.toString()));
        assertTrue(stderr.contains(registry + ":3:"), stderr);
        assertFalse(stderr.contains("Exception"), stderr);
        assertEquals("kept", Files.readString(out));
        assertEquals("", stdout);
    }

    private void assertOneLine(String expected) {
        assertTrue(stderr.contains(expected), stderr);
        assertEquals(1, stderr.strip().lines().count(), stderr);
        assertEquals("", stdout);
    }
}
