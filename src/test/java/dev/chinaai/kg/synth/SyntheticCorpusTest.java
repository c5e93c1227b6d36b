package dev.chinaai.kg.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import dev.chinaai.kg.graph.KnowledgeGraph;
import dev.chinaai.kg.project.ProjectLayout;
import dev.chinaai.kg.validation.GraphValidator;
import dev.chinaai.kg.validation.ValidationResult;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic corpus for the scale benchmarks is valid and holds the project's mix, times the factor. */
class SyntheticCorpusTest {
    @TempDir
    Path out;

    private static long count(DatasetGraph d, String cls) {
        Node type = NodeFactory.createURI("http://localhost:3030/ontology#" + cls);
        return d.getUnionGraph().find(Node.ANY, RDF.type.asNode(), type).toList().stream().map(t -> t.getSubject()).distinct().count();
    }

    @Test
    void threeTimesTheSeedsIsValidAndThreeTimesTheMix() {
        SyntheticCorpus.write(TestGraph.LAYOUT, out, 3);
        ProjectLayout synth = new ProjectLayout(out);
        DatasetGraph built = KnowledgeGraph.build(synth).dataset();
        ValidationResult r = GraphValidator.fromProject(synth).validate(built);
        assertTrue(r.conforms(), r::readable);
        DatasetGraph one = TestGraph.dataset();
        for (String cls : new String[] {"Article", "Excerpt", "Claim", "Person", "Company", "Model", "ChipConstraint", "Policy"}) {
            assertEquals(3 * count(one, cls), count(built, cls), cls);
        }
    }
}
