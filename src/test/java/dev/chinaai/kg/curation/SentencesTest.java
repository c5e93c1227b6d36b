package dev.chinaai.kg.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.seed.SeedCorpus;
import dev.chinaai.kg.seed.SeedText;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence splitting of German press text: where the JDK's iterator alone would cut wrongly, and the seeds. */
class SentencesTest {

    private static List<String> texts(String s) {
        return Sentences.split(s).stream().map(Sentence::text).toList();
    }

    @Test
    void abbreviationsDoNotEndASentence() {
        assertEquals(List.of("Große Modelle, z. B. Qwen, bzw. deren Nachfolger, laut Dr. Li Lei.", "Das ist neu."),
                texts("Große Modelle, z. B. Qwen, bzw. deren Nachfolger, laut Dr. Li Lei. Das ist neu."));
        assertEquals(List.of("Der Bericht von H. Chalal und S. Abdulla erschien gestern.", "Er ist lang."),
                texts("Der Bericht von H. Chalal und S. Abdulla erschien gestern. Er ist lang."));
    }

    @Test
    void numbersAndAmountsStayInTheirSentence() {
        assertEquals(List.of("Das Training kostete 5,6 Mio. Dollar und dauerte bis zum 14. Juli 2025.", "Dann kam R2."),
                texts("Das Training kostete 5,6 Mio. Dollar und dauerte bis zum 14. Juli 2025. Dann kam R2."));
        assertEquals(List.of("Es waren 34.036 Publikationen, rund 1,5 Mrd. Euro.", "Mehr nicht."),
                texts("Es waren 34.036 Publikationen, rund 1,5 Mrd. Euro. Mehr nicht."));
    }

    @Test
    void quotationsAreNotCutAtTheirFullStops() {
        assertEquals(List.of("Er sagte: „Wir sind weit. Aber nicht weit genug.“ Dann ging er.", "Sie blieb."),
                texts("Er sagte: „Wir sind weit. Aber nicht weit genug.“ Dann ging er. Sie blieb."));
        assertEquals(List.of("«Das Land holt auf. Schnell.», so Zhou.", "Gut."),
                texts("«Das Land holt auf. Schnell.», so Zhou. Gut."));
    }

    @Test
    void plainSentencesAndLinesStillSplit() {
        List<Sentence> s = Sentences.split("Titel ohne Punkt\nErster Satz. Zweiter Satz!\n\nDritter?");
        assertEquals(List.of("Titel ohne Punkt", "Erster Satz.", "Zweiter Satz!", "Dritter?"),
                s.stream().map(Sentence::text).toList());
        assertEquals(List.of(1, 2, 2, 4), s.stream().map(Sentence::line).toList());
    }

    @Test
    void everySentenceOfEverySeedIsTheTextAtItsOffsetsAndStaysOnItsLine() {
        for (SeedText seed : SeedCorpus.load(Path.of("seeds")).all()) {
            List<Sentence> sentences = Sentences.split(seed.text());
            assertFalse(sentences.isEmpty(), seed.fileName());
            int previousEnd = 0;
            for (Sentence s : sentences) {
                assertEquals(seed.text().substring(s.start(), s.end()), s.text(), seed.fileName());
                assertFalse(s.text().contains("\n"), seed.fileName() + ": " + s.text());
                assertTrue(s.start() >= previousEnd, "sentences overlap in " + seed.fileName());
                assertEquals(s.text().strip(), s.text());
                previousEnd = s.end();
            }
        }
    }
}
