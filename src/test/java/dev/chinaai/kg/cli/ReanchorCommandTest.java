package dev.chinaai.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.reanchor.QuoteFile;
import dev.chinaai.kg.reanchor.Selector;
import dev.chinaai.kg.seed.QuoteLocator;
import dev.chinaai.kg.seed.SeedText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reanchor} on edited copies of a real seed and its curated annotation:
 * an inserted paragraph, a typo fixed inside a quote, a quote deleted.
 */
class ReanchorCommandTest {
    private static final String SEED = "003_64e71819730d93b9.txt";
    private static final String YAML = "003_64e71819730d93b9.yaml";

    @TempDir
    Path project;
    private String stderr;
    private String yamlBefore;
    private String seedBefore;

    @BeforeEach
    void copyProject() throws IOException {
        for (String dir : List.of("seeds", "mappings", "ontology", "shapes")) {
            Files.createDirectories(project.resolve(dir));
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, project.resolve(dir).resolve(f.getFileName()));
                }
            }
        }
        yamlBefore = Files.readString(project.resolve("mappings").resolve(YAML));
        seedBefore = Files.readString(project.resolve("seeds").resolve(SEED));
    }

    @Test
    void anInsertedParagraphMovesEveryQuoteAndChangesNoLine() throws IOException {
        int second = seedBefore.indexOf('\n', seedBefore.indexOf('\n') + 1) + 1;
        String text = seedBefore.substring(0, second)
                + "Ein neuer Absatz: Die Redaktion hat diesen Text am Montag ergänzt, damit Chinas KI-Boom eingeordnet wird.\n"
                + seedBefore.substring(second);
        assertEquals(0, reanchor(corrected(text)), stderr);
        assertTrue(stderr.contains("18 quotes: UNCHANGED=18"), stderr);
        assertEquals(yamlBefore, yaml(), "no quote changed, so neither did the file");
        assertEquals(text, Files.readString(project.resolve("seeds").resolve(SEED)), "the new text is in seeds/");
        assertEveryQuoteLocates(text);
    }

    @Test
    void aTypoFixedInsideAQuoteCorrectsTheQuoteAndSaysSo() throws IOException {
        String text = seedBefore.replace("von grobzügigen politischen", "von großzügigen politischen");
        assertEquals(0, reanchor(corrected(text)), stderr);
        assertTrue(stderr.contains("mappings/" + YAML + ":" + quoteLine("goodrich-quote") + ":12: corrected: excerpt 'goodrich-quote': 1 edit(s)"), stderr);
        assertTrue(stderr.contains("now \"Jimmy Goodrich von der RAND Corporation spricht davon, dass „die meisten "
                + "Investoren in Chinas KI-Sektor von großzügigen politischen"), stderr);
        assertEquals(yamlBefore.replace("von grobzügigen politischen", "von großzügigen politischen"), yaml(),
                "only the quote's value changed; comments and layout are kept");
        assertEveryQuoteLocates(text);
        assertEquals(0, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "build",
                "--project", project.toString(), "--out", project.resolve("out").toString()), "the corrected project builds");
    }

    @Test
    void aDeletedQuoteIsListedWithItsNearestMatchAndNothingIsWritten() throws IOException {
        String gone = "Ein weiterer Grund für den Misserfolg war das Fehlen von ausreichender Kapitalisierung und fehlende Planung. ";
        assertTrue(seedBefore.contains(gone));
        String text = seedBefore.replace(gone, "");
        Path corrected = corrected(text);
        assertEquals(1, reanchor(corrected), stderr);
        assertTrue(stderr.matches("(?s).*mappings/" + YAML + ":" + quoteLine("capitalisation-planning")
                + ":12: not found: excerpt 'capitalisation-planning': "
                + "not found; nearest passage at line \\d+; nearest match \".*\" \\(score 0\\.\\d\\d\\).*"), stderr);
        assertTrue(stderr.contains("nothing was written"), stderr);
        assertEquals(yamlBefore, yaml());
        assertEquals(seedBefore, Files.readString(project.resolve("seeds").resolve(SEED)));

        assertEquals(1, reanchor(corrected, "--partial"), "still not all sure: " + stderr);
        assertEquals(yamlBefore, yaml(), "the other quotes needed no change");
        assertEquals(text, Files.readString(project.resolve("seeds").resolve(SEED)), "asked for: the new text is in");
    }

    /** The line of the quote of an excerpt in the annotation file (the report points at the quote). */
    private int quoteLine(String excerpt) {
        int at = yamlBefore.indexOf("quote: ", yamlBefore.indexOf("- id: " + excerpt + "\n"));
        assertTrue(yamlBefore.contains("- id: " + excerpt + "\n"), excerpt);
        return (int) yamlBefore.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private int reanchor(Path text, String... more) {
        StringWriter err = new StringWriter();
        String[] args = Stream.concat(Stream.of("reanchor", SEED, "--project", project.toString(), "--text",
                text.toString()), Stream.of(more)).toArray(String[]::new);
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
        stderr = err.toString();
        return code;
    }

    private Path corrected(String text) throws IOException {
        Path f = project.resolve("corrected.txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private String yaml() throws IOException {
        return Files.readString(project.resolve("mappings").resolve(YAML));
    }

    private void assertEveryQuoteLocates(String text) throws IOException {
        SeedText seed = SeedText.of(SEED, text.getBytes(StandardCharsets.UTF_8));
        for (Selector s : QuoteFile.parse(YAML, yaml()).selectors()) {
            QuoteLocator.Outcome o = QuoteLocator.locate(seed, s.quote(), s.prefix(), s.suffix(), s.occurrence());
            assertTrue(o.found(), s.id() + ": " + o.error());
        }
    }
}
