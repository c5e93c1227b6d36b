package dev.chinaai.kg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chinaai.kg.graph.DatasetFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What killed builds leave next to the output, set up by hand so that each case
 * is certain (the kill test reaches them only by chance): the next build deletes
 * unfinished folders, and puts back an output left renamed aside, even when
 * that build itself fails.
 */
class OutputLeftoversTest {
    @TempDir
    Path tmp;
    private Path project;
    private Path out;

    @BeforeEach
    void setUp() throws IOException {
        project = GoldenProject.copyTo(tmp.resolve("project"));
        out = tmp.resolve("site").resolve("dataset");
    }

    @Test
    void unfinishedAndOldFoldersAreDeletedByTheNextBuild() throws IOException {
        build(0);
        Path unfinished = Files.createDirectory(out.resolveSibling(".dataset.new-1-abc"));
        Files.writeString(unfinished.resolve(DatasetFiles.NQUADS), "<urn:a> <urn:b> ");
        Path old = Files.createDirectory(out.resolveSibling(".dataset.old-1-def"));
        Files.writeString(old.resolve(DatasetFiles.TRIG), "# an output replaced earlier");
        byte[] before = Files.readAllBytes(out.resolve(DatasetFiles.NQUADS));

        build(0);
        assertEquals(List.of("dataset"), list(out.getParent()));
        assertArrayEquals(before, Files.readAllBytes(out.resolve(DatasetFiles.NQUADS)));
        assertEquals(List.of(DatasetFiles.NQUADS, DatasetFiles.TRIG), list(out));
    }

    /** A build killed between its two renames leaves no output, only the previous one aside. */
    @Test
    void outputLeftAsideIsPutBackEvenByAFailingBuild() throws IOException {
        build(0);
        byte[] previous = Files.readAllBytes(out.resolve(DatasetFiles.TRIG));
        Path aside = out.resolveSibling(".dataset.old-1-abc");
        Files.move(out, aside);
        Path registry = project.resolve("mappings").resolve(GoldenProject.REGISTRY);
        Files.writeString(registry, Files.readString(registry).replace("type: Person", "type: Persn"),
                StandardCharsets.UTF_8);

        build(1);
        assertEquals(List.of("dataset"), list(out.getParent()));
        assertArrayEquals(previous, Files.readAllBytes(out.resolve(DatasetFiles.TRIG)));
    }

    /** Only the generated files are deleted: a stray file in a leftover folder keeps it (and the file). */
    @Test
    void leftoverWithAStrayFileKeepsTheFile() throws IOException {
        Path unfinished = Files.createDirectories(out.resolveSibling(".dataset.new-1-abc"));
        Files.writeString(unfinished.resolve(DatasetFiles.TRIG), "partial");
        Files.writeString(unfinished.resolve("notes.txt"), "not ours");
        build(0);
        assertEquals(List.of("notes.txt"), list(unfinished));
    }

    private void build(int expectedCode) {
        GoldenProject.Run run = GoldenProject.run("build", "--project", project.toString(), "--out", out.toString());
        assertEquals(expectedCode, run.code(), run.stderr());
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
