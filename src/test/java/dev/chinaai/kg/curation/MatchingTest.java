package dev.chinaai.kg.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
            entity("work-report", "Report", "Government Work Report", "Regierungsarbeitsbericht", List.of("Bericht"))));

    private static RegistryEntity entity(String id, String type, String en, String de, List<String> names) {
        return new RegistryEntity(id, type, Map.of("en", en, "de", de), names, List.of(), Location.of("registry.yaml"));
    }

    private static List<String> found(String text) {
        return new EntityMatcher(REGISTRY).find(Sentences.split(text).get(0)).stream().map(Mention::id).toList();
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
    void unknownNamesAreProposedWithAGuessedType() {
        Sentence s = Sentences.split("Laut Jimmy Goodrich von der RAND Corporation überholt Qwen2 die Modelle.").get(0);
        List<Proposal> p = NameProposals.find(s, List.of());
        assertEquals(List.of("jimmy-goodrich", "rand-corporation", "qwen2"), p.stream().map(Proposal::id).toList());
        assertEquals(List.of("Person", "Company", "Model"), p.stream().map(Proposal::type).toList());
        assertEquals("Jimmy Goodrich", s.text().substring(p.get(0).start(), p.get(0).end()));
        assertEquals(List.of(), NameProposals.find(Sentences.split("Die Künstlichen Intelligenz kostet 5 Millionen Dollar.")
                .get(0), List.of()));
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

    private static Attribution.Cue cue(String text) {
        Sentence s = Sentences.split(text).get(0);
        return Attribution.find(s, new EntityMatcher(REGISTRY).find(s), Optional.empty()).orElseThrow();
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
    }
}
