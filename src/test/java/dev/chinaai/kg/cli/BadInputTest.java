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
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken annotations: each kind of mistake is reported with file:line:column
 * and a hint, all mistakes of a run together, exit code 1, and no output.
 * The project is a copy of a golden case on the real seed 003.
 */
class BadInputTest {
    private static final String SEED = "003_64e71819730d93b9.txt";
    private static final String FILE = "003_64e71819730d93b9.yaml";
    private static final Path CASE = Path.of("src/test/resources/golden/affiliation-and-quote");

    @TempDir
    Path project;
    private String stderr;

    @BeforeEach
    void copyProject() throws IOException {
        Files.createDirectories(project.resolve("seeds"));
        Files.copy(Path.of("seeds").resolve(SEED), project.resolve("seeds").resolve(SEED));
        for (String dir : new String[] {"ontology", "shapes"}) {
            Files.createDirectories(project.resolve(dir));
            try (var files = Files.list(Path.of(dir))) {
                for (Path f : files.toList()) {
                    Files.copy(f, project.resolve(dir).resolve(f.getFileName()));
                }
            }
        }
        Files.createDirectories(project.resolve("mappings"));
        Files.copy(CASE.resolve("mappings/registry.yaml"), project.resolve("mappings/registry.yaml"));
        Files.copy(CASE.resolve("mappings").resolve(FILE), project.resolve("mappings").resolve(FILE));
    }

    @Test
    void theUnchangedCopyBuilds() {
        assertEquals(0, build(), stderr);
        assertTrue(Files.isRegularFile(project.resolve("out/china-ai.trig")));
    }

    @Test
    void quoteNotInTheSeedNamesTheSeedAndTheNearestMatch() throws IOException {
        edit(FILE, "Jimmy Goodrich von der RAND Corporation", "Jimmy Goodrich von der Rand Corporation");
        assertFails(FILE + ":8:12: ", SEED, "nearest match", "\"Jimmy Goodrich von der RAND Corporation\"", "1 error");
    }

    @Test
    void ambiguousQuoteSaysHowToPickOne() throws IOException {
        edit(FILE, "Jimmy Goodrich von der RAND Corporation", "KI");
        assertFails(FILE + ":8:12: ", "occurs 10 times", "occurrence", "1 error");
    }

    @Test
    void unknownEntitySuggestsTheClosestId() throws IOException {
        edit(FILE, "member: jimmy-goodrich", "member: jimmy-goodrch");
        assertFails(FILE + ":12:17: ", "unknown entity 'jimmy-goodrch'; did you mean 'jimmy-goodrich'");
    }

    @Test
    void aFactAboutAnEntityOfUnknownTypeIsOneErrorOnTheType() throws IOException {
        Path registry = project.resolve("mappings/registry.yaml");
        Files.writeString(registry, Files.readString(registry).replace("type: ResearchInstitute", "type: ResearchInstitut"));
        edit(FILE, "        organization: rand-corporation\n", "        organization: rand-corporation\n"
                + "      - subject: rand-corporation\n        description: {en: \"a think tank\"}\n");
        assertFails("registry.yaml:3:", "unknown entity type 'ResearchInstitut'", "did you mean 'ResearchInstitute'",
                "1 error");
    }

    @Test
    void duplicateIdIsRefused() throws IOException {
        edit(FILE, "- id: goodrich-quote", "- id: goodrich-rand");
        assertFails(FILE + ":14:5: ", "duplicate excerpt id 'goodrich-rand'", FILE + ":7:5");
    }

    @Test
    void yamlSyntaxErrorPointsAtTheLine() throws IOException {
        edit(FILE, "mentions: [china]", "mentions: [china");
        assertFails(FILE + ":18:", "YAML");
    }

    @Test
    void malformedDateAndNumberAreBothReported() throws IOException {
        edit(FILE, "    about: [china]\n", "    about: [china]\n    time: {text: im Jahr 2023, date: \"2023-13\"}\n"
                + "    value: {amount: \"viele\", unit: companies}\n");
        assertFails(FILE + ":24:11: ", "'2023-13'", FILE + ":25:12: ", "'viele'", "2 errors");
    }

    @Test
    void unknownFieldListsTheKnownOnes() throws IOException {
        edit(FILE, "    claimant: jimmy-goodrich", "    claimer: jimmy-goodrich");
        assertFails(FILE + ":21:5: ", "unknown field 'claimer'", "did you mean 'claimant'");
    }

    @Test
    void malformedClaimLinksSayWhatALinkNeeds() throws IOException {
        edit(FILE, "    about: [china]\n", "    about: [china]\n    supports:\n      - {note: \"no claim\"}\n"
                + "      - {claim: goodrich-investors, nte: \"typo\"}\n      - {claim: goodrich-investors, note: \" \"}\n");
        assertFails(FILE + ":25:9: ", "needs claim: <claim id>", FILE + ":26:37: ", "unknown field 'nte'", "did you mean 'note'",
                FILE + ":27:17: ", "the note on the link to claim 'goodrich-investors' is empty", "3 errors");
    }

    @Test
    void linkToAnUnknownClaimSuggestsTheClosestId() throws IOException {
        edit(FILE, "    about: [china]\n", "    about: [china]\n    contradicts:\n      - {claim: goodrich-investor, note: \"typo\"}\n");
        assertFails(FILE + ":25:17: ", "unknown claim 'goodrich-investor'; did you mean 'goodrich-investors'", "1 error");
    }

    @Test
    void pageFurnitureCarriesNoClaimAndNoFactAboutTheWorld() throws IOException {
        edit(FILE, "    quote: \"Jimmy Goodrich von der RAND Corporation\"\n",
                "    quote: \"Jimmy Goodrich von der RAND Corporation\"\n    pagePart: caption\n");
        edit(FILE, "    prefix: \"spricht davon, dass „\"\n", "    prefix: \"spricht davon, dass „\"\n    pagePart: teaser\n");
        assertFails(FILE + ":12:9: ", "excerpt 'goodrich-rand' is the page's caption", "only facts about the article",
                FILE + ":22:16: ", "excerpt 'goodrich-quote' is the page's teaser", "carries no claims", "2 errors");
    }

    @Test
    void unknownPagePartListsTheParts() throws IOException {
        edit(FILE, "    quote: \"Jimmy Goodrich von der RAND Corporation\"\n",
                "    quote: \"Jimmy Goodrich von der RAND Corporation\"\n    pagePart: photo\n");
        assertFails(FILE + ":7:5: ", "pagePart 'photo'", "[byline, caption, credit, headline, teaser]", "1 error");
    }

    @Test
    void aMergedEntityMustNotStayAnEntity() throws IOException {
        edit("registry.yaml", "names: [RAND Corporation]}", "names: [RAND Corporation], replaces: [jimmy-goodrich]}");
        assertFails("registry.yaml:3:", "'rand-corporation' replaces 'jimmy-goodrich', which is still an entity", "1 error");
    }

    @Test
    void anUnreviewedDraftIsRefusedUntilItsMarkIsDeleted() throws IOException {
        edit(FILE, "seed: 003", "draft: true\nseed: 003");
        assertFails(FILE + ":2:8: ", "unreviewed draft written by `annotate`", "delete the line `draft: true`", "1 error");
    }

    @Test
    void anEmptyOrBlankClaimTextIsRefusedWhereItIsWritten() throws IOException {
        // A draft's claims carry text: {en: ""} for the curator to fill in; once the draft mark is gone it must not pass.
        edit(FILE, "text: {en: \"Most investors", "text: {en: \"\", de: \"  \"}\n    # {en: \"Most investors");
        assertFails(FILE + ":22:16: ", "the en text of claim 'goodrich-investors' is empty", "write it",
                FILE + ":22:24: ", "the de text of claim 'goodrich-investors' is empty", "2 errors");
    }

    @Test
    void blankLabelsNamesAndQuotesAreRefusedLikeMissingOnes() throws IOException {
        edit("registry.yaml", "label: {en: Jimmy Goodrich, de: Jimmy Goodrich}, names: [Jimmy Goodrich]",
                "label: {en: Jimmy Goodrich, de: \" \"}, names: [Jimmy Goodrich, \"\"]");
        edit(FILE, "quote: \"Jimmy Goodrich von der RAND Corporation\"", "quote: \"  \"");
        assertFails("registry.yaml:2:72: ", "the de label of entity 'jimmy-goodrich' is empty",
                "registry.yaml:2:102: ", "a name of entity 'jimmy-goodrich' is empty",
                FILE + ":8:12: ", "the quote of excerpt 'goodrich-rand' is blank", "3 errors");
    }

    @Test
    void allErrorsOfARunAreReportedTogether() throws IOException {
        edit(FILE, "member: jimmy-goodrich", "member: jimmy-goodrch");
        edit(FILE, "about: [china]", "about: [chna]");
        edit("registry.yaml", "type: ResearchInstitute", "type: ResearchInstitut");
        assertFails("registry.yaml:3:5: ", "did you mean 'ResearchInstitute'", FILE + ":12:17: ", FILE + ":23:13: ", "3 errors");
    }

    private void assertFails(String... expected) {
        int code = build();
        assertEquals(1, code, "exit code; stderr: " + stderr);
        for (String e : expected) {
            assertTrue(stderr.contains(e), "expected '" + e + "' in:\n" + stderr);
        }
        assertTrue(Pattern.compile("mappings/[^:\\s]+\\.yaml:\\d+:\\d+: ").matcher(stderr).find(), stderr);
        assertFalse(Files.exists(project.resolve("out")), "nothing may be written on error");
    }

    private int build() {
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "build", "--project",
                project.toString(), "--out", project.resolve("out").toString());
        stderr = err.toString();
        return code;
    }

    private void edit(String file, String from, String to) throws IOException {
        Path f = project.resolve("mappings").resolve(file);
        String text = Files.readString(f, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " has no '" + from + "'");
        Files.writeString(f, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
