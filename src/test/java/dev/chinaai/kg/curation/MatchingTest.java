package dev.chinaai.kg.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.annotation.Registry;
import dev.chinaai.kg.annotation.RegistryEntity;
import dev.chinaai.kg.diagnostics.Location;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Finding known names in inflected German, proposing unknown ones, attribution cues, amounts and dates. */
class MatchingTest {
    private static final Registry REGISTRY = new Registry(List.of(
            entity("deepseek", "Lab", "DeepSeek", "DeepSeek", List.of("Deepseek")),
            entity("huawei", "Company", "Huawei", "Huawei", List.of()),
            entity("tsinghua-university", "University", "Tsinghua University", "Tsinghua-Universität", List.of()),
            entity("mit", "University", "MIT", "MIT", List.of()),
            entity("beijing", "Place", "Beijing", "Peking", List.of()),
            entity("chinese-government", "GovernmentBody", "Chinese government", "chinesische Regierung",
                    List.of("Peking", "Regierung")),
            entity("jensen-huang", "Person", "Jensen Huang", "Jensen Huang", List.of("Huang")),
            entity("li-lei", "Person", "Li Lei", "Li Lei", List.of()),
            entity("work-report", "Report", "Government Work Report", "Regierungsarbeitsbericht",
                    List.of("Bericht", "dem Bericht")),
            entity("california", "Place", "California", "Kalifornien", List.of("California")),
            entity("china", "Place", "China", "China", List.of("Chinas")),
            entity("experts-chips", "Group", "experts (unnamed) on chips, seed 009", "Experten zu Chips",
                    List.of("Experten", "Chinesische Experten")),
            entity("bat", "Group", "BAT", "BAT", List.of()),
            entity("wang-peng-bass", "Person", "Wang Peng (BASS)", "Wang Peng (BASS)", List.of("Wang Peng", "Wang")),
            entity("wang-peng-tencent", "Person", "Wang Peng (Tencent)", "Wang Peng (Tencent)",
                    List.of("Wang Peng", "Wang"))));

    private static RegistryEntity entity(String id, String type, String en, String de, List<String> names) {
        return new RegistryEntity(id, type, Map.of("en", en, "de", de), names, List.of(), Location.of("registry.yaml"));
    }

    private static List<String> found(String text) {
        return new EntityMatcher(REGISTRY).find(Sentences.split(text).get(0)).mentions().stream().map(Mention::id).toList();
    }

    @Test
    void inflectedFormsMatchTheirEntity() {
        assertEquals(List.of("deepseek", "huawei"), found("Deepseeks Modell schlägt Huaweis Chips."));
        assertEquals(List.of("li-lei", "tsinghua-university"), found("Li Lei lehrt jetzt an der Tsinghua-Universität."));
        assertEquals(List.of("tsinghua-university"), found("Die Forscher der Tsinghua University arbeiten."));
    }

    @Test
    void aLongerNameWinsAndAnAcronymNeedsItsCapitals() {
        assertEquals(List.of("jensen-huang"), found("Jensen Huang sprach, und Huang lachte.").subList(0, 1));
        assertEquals(2, found("Jensen Huang sprach, und Huang lachte.").size());
        assertEquals(List.of(), found("Er kam mit dem Zug."));
        assertEquals(List.of("mit"), found("Er kam vom MIT."));
    }

    @Test
    void aLabelOutranksAnotherEntitysAliasAndDescriptiveAliasesAreNotMatched() {
        assertEquals(List.of("beijing"), found("Peking investiert."));
        assertEquals(List.of(), found("Der Bericht zeigt es."));
        assertEquals(List.of("chinese-government"), found("Die Regierung schweigt."));
        assertEquals(List.of("chinese-government"), found("Die chinesische Regierung schweigt."));
    }

    @Test
    void aPlaceOrAShortNameInsideALongerNameIsNoMentionButAGenitiveIs() {
        assertEquals(List.of(), found("Er lehrt an der University of California."));
        assertEquals(List.of(), found("China Mobile und die Peking University wachsen."));
        assertEquals(List.of("china"), found("Chinas Wirtschaft wächst."));
        assertEquals(List.of("china", "china"), found("China wächst, und in China Mobile steckt China."));
        assertEquals(List.of("jensen-huang"), found("Dann sprach Huang."));
        assertEquals(List.of(), found("Dann sprach Huang Renxun."));
    }

    @Test
    void aDescribedGroupOrABareDefiniteNounIsNoNameAndOneNameOfManyIsAChoice() {
        assertEquals(List.of(), found("Experten und Chinesische Experten warnen."));
        assertEquals(List.of("bat"), found("Die Forscher verlassen BAT."));
        assertEquals(List.of(), found("So steht es in dem Bericht."));
        EntityMatcher.Found wang = new EntityMatcher(REGISTRY).find(Sentences.split("Das sei klar, so Wang.").get(0));
        assertEquals(List.of(), wang.mentions());
        assertEquals(List.of(List.of("wang-peng-bass", "wang-peng-tencent")),
                wang.choices().stream().map(c -> c.stream().map(Mention::id).sorted().toList()).toList());
    }

    @Test
    void unknownNamesAreProposedWithAGuessedType() {
        Sentence s = Sentences.split("Laut Jimmy Goodrich von der RAND Corporation überholt Qwen2 die Modelle.").get(0);
        List<Proposal> p = NameProposals.find(s, List.of());
        assertEquals(List.of("jimmy-goodrich", "rand-corporation", "qwen2"), p.stream().map(Proposal::id).toList());
        assertEquals(List.of("Person", "Company", "Model"), p.stream().map(Proposal::type).toList());
        assertEquals("Jimmy Goodrich", s.text().substring(p.get(0).start(), p.get(0).end()));
        assertEquals(List.of(), NameProposals.find(Sentences.split("Die Künstlichen Intelligenz kostet 5 Millionen Dollar.")
                .get(0), List.of()));
        Sentence title = Sentences.split("Das sagte der Deepseek-Gründer Liang Wenfeng.").get(0);
        assertEquals(List.of("liang-wenfeng"), NameProposals.find(title, new EntityMatcher(REGISTRY).find(title).mentions())
                .stream().map(Proposal::id).toList());
    }

    @Test
    void attributionCuesNameTheirClaimant() {
        assertEquals("jensen-huang", cue("Laut Jensen Huang ist die Hälfte der Forscher chinesisch.").claimant()
                .orElseThrow().id());
        assertEquals("li-lei", cue("Die Forschung leide unter Druck, so Li Lei.").claimant().orElseThrow().id());
        assertEquals("zufolge", cue("Huawei zufolge wächst der Markt.").word());
        assertEquals("quotation", cue("„Wir holen auf“, lautete der Satz von Li Lei.").word());
        assertEquals(Optional.empty(), Attribution.find(Sentences.split("Der Markt wächst.").get(0), List.of(),
                Optional.empty()));
    }

    @Test
    void aShortQuotationIsATermInTheArticlesVoiceAndALongOneQuotesSomeone() {
        assertEquals(Optional.empty(), Attribution.find(Sentences.split("Forscher kehren „BAT“ den Rücken.").get(0),
                List.of(), Optional.empty()));
        assertEquals("quotation", Attribution.find(Sentences.split("„Wir holen bald auf“, lautete der Satz.").get(0),
                List.of(), Optional.empty()).orElseThrow().word());
        assertEquals(new Assessment.Marker("quoted term", "BAT"),
                Assessment.find(Sentences.split("Forscher kehren „BAT“ den Rücken.").get(0)).orElseThrow());
    }

    @Test
    void judgementsInTheArticlesOwnVoiceAreMarkedByClosedClassesOfWords() {
        assertEquals(new Assessment.Marker("negation", "nicht"), judgement("Es ist nicht das erste Mal."));
        assertEquals(new Assessment.Marker("contrast", "Zwar"), judgement("Zwar haben die Hersteller Fortschritte gemacht."));
        assertEquals(new Assessment.Marker("contrast", "statt"), judgement("Man baute Quantität statt Qualität."));
        assertEquals(new Assessment.Marker("cause", "Grund"), judgement("Der Grund dafür ist ein Mangel an Daten."));
        assertEquals(new Assessment.Marker("comment", "Ironischerweise"), judgement("Ironischerweise gelang es DeepSeek."));
        assertEquals(new Assessment.Marker("vague quantity", "Hunderte"), judgement("Hunderte Gründer kamen hervor."));
        assertEquals(new Assessment.Marker("prediction", "wird … bestimmen"),
                judgement("Wer die Talente gewinnt, wird die Spielregeln der Zukunft bestimmen."));
        assertEquals(new Assessment.Marker("prediction", "droht"), judgement("Die Initiative droht zu scheitern."));
        assertTrue(Assessment.find(Sentences.split("Auch werden die Firmen eingeschränkt.").get(0)).isEmpty());
        assertTrue(Assessment.find(Sentences.split("Das Forum findet jedes Jahr in Washington statt.").get(0)).isEmpty());
        assertTrue(Assessment.find(Sentences.split("Es findet in Washington statt und umfasst Gipfel.").get(0)).isEmpty());
        assertTrue(Assessment.find(Sentences.split("Im Juli 2023 lancierte Huawei sein Modell Pangu.").get(0)).isEmpty());
        assertTrue(Assessment.find(Sentences.split("Das ist beispielsweise ein Modell.").get(0)).isEmpty());
    }

    private static Assessment.Marker judgement(String text) {
        return Assessment.find(Sentences.split(text).get(0)).orElseThrow();
    }

    @Test
    void aLineThatDoesNotEndAsASentenceEndsIsPageFurniture() {
        assertTrue(Annotator.furniture(Sentences.split("Forschen statt Kommerz").get(0)));
        assertTrue(Annotator.furniture(Sentences.split("March 12, 2024 um 08:15 AM © IMAGO / SOPA Images").get(0)));
        assertFalse(Annotator.furniture(Sentences.split("Das sei nicht gut, so Ma.\u00A0").get(0)));
        assertFalse(Annotator.furniture(Sentences.split("„Wir holen auf.“").get(0)));
    }

    private static Attribution.Cue cue(String text) {
        Sentence s = Sentences.split(text).get(0);
        return Attribution.find(s, new EntityMatcher(REGISTRY).find(s).mentions(), Optional.empty()).orElseThrow();
    }

    @Test
    void amountsAndDatesAreReadWithTheBuildsReaders() {
        Sentence s = Sentences.split("Das kostete am 14. Juli 2025 etwa 5,6 Millionen Dollar.").get(0);
        Quantities.Amount a = Quantities.amount(s).orElseThrow();
        assertEquals("etwa 5,6 Millionen", a.written());
        assertEquals("USD", a.unit());
        assertEquals(new Quantities.Date("14. Juli 2025", "2025-07-14"), Quantities.date(s).orElseThrow());
        Sentence p = Sentences.split("Nur noch zehn Prozent investierten im Jahr 2023.").get(0);
        assertEquals("percent", Quantities.amount(p).orElseThrow().unit());
        assertEquals("2023", Quantities.date(p).orElseThrow().iso());
        Quantities.Amount two = Quantities.amount(Sentences.split("Im Jahr 2023 kamen zwei Forscher.").get(0)).orElseThrow();
        assertEquals(List.of("zwei", "researchers"), List.of(two.written(), two.unit()));
        assertTrue(Quantities.amount(Sentences.split("Im Jahr 2023 kamen zwei.").get(0)).isEmpty());
        assertTrue(Quantities.date(Sentences.split("Am 31. Februar 2025 geschah es.").get(0)).isEmpty());
        for (String identifier : List.of("Im Juni 2023 stellte sie Wudao 3.0 vor.", "[1]Hook, Daniel (2025).",
                "(ID:47580446)", "Zenodo. https://doi.org/10.5281/zenodo.14522783")) {
            assertTrue(Quantities.amount(Sentences.split(identifier).get(0)).isEmpty(), identifier);
        }
    }
}
