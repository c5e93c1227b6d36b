package dev.chinaai.kg.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import dev.chinaai.kg.graph.KnowledgeGraph;
import dev.chinaai.kg.vocab.CAI;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * Ontology, mapping table and shapes stay in step: every class of the
 * ontology is produced by a spec of the table or by the hand-written claim
 * and provenance mappers, and every class has a SHACL shape that targets it.
 */
class CoverageTest {
    /** Classes written by hand (ClaimMapper with its claim links, ProvenanceMapper, Converters) or abstract (Actor has no instances of its own). */
    // ModelKind has no spec of its own: registry entries are one of its subclasses, Architecture or ModelClass.
    private static final Set<String> HAND_WRITTEN = Set.of("Claim", "Statement", "Rendering", "Excerpt", "TimeDescription", "Actor", "ModelKind",
            "ClaimLink", "SupportLink", "ContradictionLink");

    private static Set<String> ontologyClasses() {
        Graph onto = KnowledgeGraph.readTurtleFolder(TestGraph.LAYOUT.ontology(), TestGraph.LAYOUT);
        Set<String> out = new TreeSet<>();
        onto.find(Node.ANY, RDF.type.asNode(), OWL.Class.asNode()).forEachRemaining(t -> {
            String uri = t.getSubject().isURI() ? t.getSubject().getURI() : "";
            if (uri.startsWith(CAI.NS)) {
                out.add(uri.substring(CAI.NS.length()));
            }
        });
        return out;
    }

    @Test
    void everyOntologyClassHasASpecOrAHandWrittenMapper() {
        Set<String> covered = new TreeSet<>(Specs.classes().keySet());
        covered.addAll(HAND_WRITTEN);
        Set<String> missing = new TreeSet<>(ontologyClasses());
        missing.removeAll(covered);
        assertEquals(Set.of(), missing, "ontology classes without a mapping spec");
        Set<String> extra = new TreeSet<>(covered);
        extra.removeAll(ontologyClasses());
        assertEquals(Set.of(), extra, "specs for classes the ontology does not define");
    }

    @Test
    void everyOntologyClassHasAShapeTargetingIt() {
        Graph shapes = KnowledgeGraph.readTurtleFolder(TestGraph.LAYOUT.shapes(), TestGraph.LAYOUT);
        Node targetClass = NodeFactory.createURI("http://www.w3.org/ns/shacl#targetClass");
        Set<String> targeted = new TreeSet<>();
        shapes.find(Node.ANY, targetClass, Node.ANY).forEachRemaining(t -> targeted.add(t.getObject().getURI()));
        Set<String> missing = new TreeSet<>();
        for (String c : ontologyClasses()) {
            if (!targeted.contains(CAI.NS + c)) {
                missing.add(c);
            }
        }
        assertTrue(missing.isEmpty(), "classes without a SHACL shape: " + missing);
    }
}
