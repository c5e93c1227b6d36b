package dev.chinaai.kg.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.graph.KnowledgeGraph;
import dev.chinaai.kg.project.ProjectLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each node shape of {@code shapes/} that targets a class has a folder
 * {@code src/test/resources/shapes/<ShapeName>/} with {@code conforms.ttl},
 * which must conform to all shapes, and {@code violates.ttl}, which must fail
 * with violations that all come from that shape (so the fixture proves the
 * shape itself catches the fault); further {@code violates-<what>.ttl} files
 * show single constraints of a shape. Fixtures are validated together with
 * the ontology graph, as the real dataset is.
 */
class ShapeFixturesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/shapes");
    private static final String SHAPES_NS = "http://localhost:3030/shapes#";
    private static final ProjectLayout LAYOUT = new ProjectLayout(Path.of("").toAbsolutePath());
    private static final Graph SHAPES_GRAPH = KnowledgeGraph.readTurtleFolder(LAYOUT.shapes(), LAYOUT);
    private static final Shapes SHAPES = Shapes.parse(SHAPES_GRAPH);
    private static final Graph ONTOLOGY = KnowledgeGraph.readTurtleFolder(LAYOUT.ontology(), LAYOUT);

    /** Node shapes with a target: the shapes that need fixtures. */
    static List<String> targetedShapes() {
        Node target = NodeFactory.createURI("http://www.w3.org/ns/shacl#targetClass");
        return SHAPES_GRAPH.find(Node.ANY, target, Node.ANY).toList().stream().map(t -> t.getSubject().getURI())
                .map(u -> u.substring(SHAPES_NS.length())).distinct().sorted().toList();
    }

    @Test
    void everyTargetedShapeHasBothFixtures() {
        List<String> missing = new ArrayList<>();
        for (String shape : targetedShapes()) {
            for (String f : List.of("conforms.ttl", "violates.ttl")) {
                if (!Files.isRegularFile(FIXTURES.resolve(shape).resolve(f))) {
                    missing.add(shape + "/" + f);
                }
            }
        }
        assertTrue(missing.isEmpty(), "fixtures missing: " + missing);
        assertFalse(targetedShapes().isEmpty());
    }

    @TestFactory
    Stream<DynamicTest> fixtures() {
        return targetedShapes().stream().filter(s -> Files.isDirectory(FIXTURES.resolve(s))).flatMap(shape -> Stream.concat(
                Stream.of(DynamicTest.dynamicTest(shape + " conforms.ttl conforms", () -> {
                    ValidationReport r = validate(FIXTURES.resolve(shape).resolve("conforms.ttl"));
                    assertTrue(r.conforms(), () -> shape + "/conforms.ttl: " + describe(r));
                })),
                violating(shape).map(f -> DynamicTest.dynamicTest(shape + " " + f.getFileName() + " is caught by " + shape, () -> {
                    ValidationReport r = validate(f);
                    assertFalse(r.conforms(), shape + "/" + f.getFileName() + " conforms, but should violate " + shape);
                    Set<Node> own = ownShapes(NodeFactory.createURI(SHAPES_NS + shape));
                    List<ReportEntry> foreign = r.getEntries().stream().filter(e -> !own.contains(e.source())).toList();
                    assertTrue(foreign.isEmpty(), () -> shape + "/" + f.getFileName() + " also violates other shapes: " + foreign);
                }))));
    }

    /** violates.ttl and any violates-<what>.ttl: one fixture per constraint worth showing on its own. */
    private static Stream<Path> violating(String shape) {
        try (Stream<Path> files = Files.list(FIXTURES.resolve(shape))) {
            return files.filter(f -> f.getFileName().toString().matches("violates(-[a-z-]+)?\\.ttl")).sorted().toList().stream();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ValidationReport validate(Path fixture) {
        Graph data = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(data, fixture.toString());
        ONTOLOGY.find().forEachRemaining(data::add);
        return ShaclValidator.get().validate(SHAPES, data);
    }

    /** The node shape and its property shapes, including nested ones reached through sh:property and sh:or lists. */
    private static Set<Node> ownShapes(Node shape) {
        Node property = NodeFactory.createURI("http://www.w3.org/ns/shacl#property");
        Set<Node> out = new java.util.HashSet<>();
        out.add(shape);
        SHAPES_GRAPH.find(shape, property, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    private static String describe(ValidationReport r) {
        return r.getEntries().stream().map(e -> e.focusNode() + " " + e.resultPath() + " " + e.message())
                .collect(Collectors.joining("; "));
    }

}
