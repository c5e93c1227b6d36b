package dev.chinaai.kg.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import dev.chinaai.kg.graph.KnowledgeGraph;
import dev.chinaai.kg.project.ProjectLayout;
import dev.chinaai.kg.validation.GraphValidator;
import dev.chinaai.kg.validation.ValidationResult;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 1000x corpus is validated shard by shard (each {@code build} of
 * {@code synth --first}), never as a whole. That says the same as validating
 * the whole only if no shape reaches from the nodes of one copy into another
 * copy: copies share no ids, only the ontology's nodes, which every shard
 * holds. Two shards of identical structure make any shape that does reach
 * across (a uniqueness over the whole graph, a count through a shared node)
 * fire in the union but in neither shard; the second test shows that such a
 * shape is caught.
 */
class ShardValidationTest {
    @TempDir
    static Path tmp;
    private static DatasetGraph first;
    private static DatasetGraph second;
    private static DatasetGraph both;

    @BeforeAll
    static void buildTwoShards() {
        SyntheticCorpus.write(TestGraph.LAYOUT, tmp.resolve("a"), 1, 0);
        SyntheticCorpus.write(TestGraph.LAYOUT, tmp.resolve("b"), 1, 1);
        first = KnowledgeGraph.build(new ProjectLayout(tmp.resolve("a"))).dataset();
        second = KnowledgeGraph.build(new ProjectLayout(tmp.resolve("b"))).dataset();
        both = DatasetGraphFactory.create();
        first.find().forEachRemaining(both::add);
        second.find().forEachRemaining(both::add);
    }

    /** Violations of the union minus those of the shards: empty when validating shards says what the whole says. */
    private static TreeSet<String> onlyInUnion(GraphValidator v) {
        ValidationResult a = v.validate(first);
        ValidationResult b = v.validate(second);
        ValidationResult whole = v.validate(both);
        TreeSet<String> extra = new TreeSet<>(whole.violations());
        extra.removeAll(a.violations());
        extra.removeAll(b.violations());
        return extra;
    }

    @Test
    void theProjectShapesSeeEachShardAsTheWholeSeesIt() {
        GraphValidator v = GraphValidator.fromProject(TestGraph.LAYOUT);
        assertTrue(v.validate(first).conforms() && v.validate(second).conforms());
        assertEquals(List.of(), List.copyOf(onlyInUnion(v)),
                "a shape reaches across shards: validate the 1000x corpus as a whole, or change the shape");
    }

    @Test
    void aShapeThatReachesAcrossShardsIsCaught() {
        Graph shapes = KnowledgeGraph.readTurtleFolder(TestGraph.LAYOUT.shapes(), TestGraph.LAYOUT);
        String unique = """
                PREFIX sh: <http://www.w3.org/ns/shacl#>
                <urn:test:unique-label> a sh:NodeShape ;
                    sh:targetClass <http://localhost:3030/ontology#Organization> ;
                    sh:sparql [ sh:select ""\"SELECT $this ?value WHERE {
                        $this <http://www.w3.org/2000/01/rdf-schema#label> ?value .
                        ?other <http://www.w3.org/2000/01/rdf-schema#label> ?value .
                        FILTER (?other != $this) }""\" ] .
                """;
        RDFParser.fromString(unique, Lang.TURTLE).parse(shapes);
        assertNotEquals(List.of(), List.copyOf(onlyInUnion(GraphValidator.of(shapes))));
    }
}
