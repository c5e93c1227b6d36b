package dev.chinaai.kg.mapping;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.annotation.Annotations;
import dev.chinaai.kg.annotation.yaml.AnnotationLoader;
import dev.chinaai.kg.graph.DatasetFiles;
import dev.chinaai.kg.graph.IriBase;
import dev.chinaai.kg.seed.SeedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden cases: each folder of {@code src/test/resources/golden/} holds
 * annotations ({@code mappings/}) of the real seeds and the dataset they must
 * map to ({@code expected.trig}), compared by graph isomorphism. To review a
 * deliberate change of the mapping, run with {@code -Dgolden.write=true},
 * which writes {@code actual.trig} beside each expected file for diffing.
 */
class GoldenTest {
    private static final Path CASES = Path.of("src/test/resources/golden");
    private static final SeedCorpus SEEDS = SeedCorpus.load(Path.of("seeds"));

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(CASES)) {
            cases = s.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(cases.size() >= 3);
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }

    private static void check(Path dir) throws IOException {
        Annotations annotations = AnnotationLoader.load(dir.resolve("mappings"), dir + "/mappings/");
        DatasetGraph actual = MappingEngine.map(annotations, SEEDS);
        if (Boolean.getBoolean("golden.write")) {
            Path tmp = Files.createTempDirectory("golden");
            DatasetFiles.write(actual, tmp, IriBase.CANONICAL);
            Files.copy(tmp.resolve(DatasetFiles.TRIG), dir.resolve("actual.trig"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        DatasetGraph expected = RDFDataMgr.loadDatasetGraph(dir.resolve("expected.trig").toString());
        assertTrue(IsoMatcher.isomorphic(expected, actual), () -> dir + ": mapping differs from expected.trig\n"
                + difference("missing", expected, actual) + difference("unexpected", actual, expected));
    }

    /** Quads of {@code a} not in {@code b} (exact match; enough to point at the change, there are no blank nodes). */
    private static String difference(String label, DatasetGraph a, DatasetGraph b) {
        List<String> lines = new ArrayList<>();
        a.find().forEachRemaining(q -> {
            if (!b.contains(q)) {
                lines.add("  " + label + ": " + str(q));
            }
        });
        return String.join("\n", lines.stream().sorted().limit(40).toList()) + "\n";
    }

    private static String str(Quad q) {
        return org.apache.jena.riot.out.NodeFmtLib.strNQ(q).trim();
    }
}
