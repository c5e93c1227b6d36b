package dev.chinaai.kg.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.annotation.Registry;
import dev.chinaai.kg.annotation.yaml.AnnotationLoader;
import dev.chinaai.kg.seed.QuoteLocator;
import dev.chinaai.kg.seed.SeedCorpus;
import dev.chinaai.kg.seed.SeedText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The drafts: a golden draft of seed 003 compared byte for byte, and for
 * every seed, every quote of its draft read back through a YAML parser and
 * located exactly where its sentence stands.
 */
class DraftTest {
    private static final Path GOLDEN = Path.of("src/test/resources/curation/003-draft.yaml");
    private static final SeedCorpus SEEDS = SeedCorpus.load(Path.of("seeds"));

    /**
     * Compares with the kept draft. After a deliberate change of the annotator, rewrite it with
     * {@code mvn test -Dtest=DraftTest -Dcuration.regenerate=true} and review the diff.
     */
    @Test
    void theDraftOfSeed003IsTheGoldenOne() throws IOException {
        Registry registry = AnnotationLoader.loadRegistry(Path.of("src/test/resources/curation/registry.yaml"), "registry.yaml");
        String draft = DraftWriter.write(new Annotator(registry).annotate(SEEDS.get("003_64e71819730d93b9.txt")));
        if (Boolean.getBoolean("curation.regenerate")) {
            Files.writeString(GOLDEN, draft, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), draft);
    }

    @Test
    void everyDraftedQuoteLocatesExactlyWhereItsSentenceStands() {
        Registry registry = AnnotationLoader.loadRegistry(Path.of("mappings/registry.yaml"), "registry.yaml");
        Annotator annotator = new Annotator(registry);
        for (SeedText seed : SEEDS.all()) {
            Draft draft = annotator.annotate(seed);
            Map<?, ?> yaml = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(DraftWriter.write(draft));
            assertEquals(Boolean.TRUE, yaml.get("draft"), seed.fileName());
            List<?> excerpts = (List<?>) yaml.get("excerpts");
            assertEquals(draft.excerpts().size(), excerpts.size(), seed.fileName());
            Set<Object> ids = new HashSet<>();
            for (int i = 0; i < excerpts.size(); i++) {
                Map<?, ?> e = (Map<?, ?>) excerpts.get(i);
                ids.add(e.get("id"));
                String quote = (String) e.get("quote");
                Integer occurrence = (Integer) e.get("occurrence");
                QuoteLocator.Outcome found = QuoteLocator.locate(seed, quote, null, null, occurrence);
                assertTrue(found.found(), seed.fileName() + ": " + found.error());
                Sentence s = draft.excerpts().get(i).sentence();
                assertEquals(seed.codePointOffset(s.start()), found.match().start(), quote);
                assertEquals(quote, seed.slice(found.match().start(), found.match().end()));
            }
            Object claims = yaml.containsKey("claims") ? yaml.get("claims") : List.of();
            for (Object c : (List<?>) claims) {
                for (Object ref : (List<?>) ((Map<?, ?>) c).get("excerpts")) {
                    assertTrue(ids.contains(ref), seed.fileName() + ": claim on unknown excerpt " + ref);
                }
            }
        }
    }
}
