package dev.chinaai.kg.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Pins the seeds byte for byte: every offset in the graph counts code points
 * of these exact files, so a changed byte (a re-encoding, a normalised quote
 * mark, a stripped non-breaking space) must fail the build, not shift quotes.
 */
class SeedChecksumTest {
    private static final Map<String, String> PINNED = Map.of(
            "000_795913f6a2422971.txt", "69900e6df5e3bd553bf6878a547b41a715b7a54a62e388994e37c7a78bbc3f42",
            "001_0acbe6a15e7eaa38.txt", "f8780a4302ee11baf241efc0322d8ac74e5807448072cb2ed4b1a64b5b9be0b7",
            "002_70617a8e01d1f711.txt", "33fccc040c9425e446776daf550afefcd5e94e55c72682a2c4b29eeb90d167e1",
            "003_64e71819730d93b9.txt", "c1a596c6c7cfc4bbe6e07fbb986a4dee4dc90eb385e87a36530f04f09ff36730",
            "004_e31328de7cf4d076.txt", "fd1e7bd860c229d4c1d0f1376b03741fbb82735c6e3574c9b9de9da558dd3832");

    @Test
    void seedsAreTheSharedFilesUnchanged() {
        SeedCorpus corpus = SeedCorpus.load(Path.of("seeds"));
        Map<String, String> actual = new TreeMap<>();
        corpus.all().forEach(s -> actual.put(s.fileName(), s.sha256()));
        assertEquals(new TreeMap<>(PINNED), actual);
    }
}
