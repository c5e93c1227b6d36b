package dev.chinaai.kg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import dev.chinaai.kg.graph.KnowledgeGraph;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.junit.jupiter.api.Test;

/**
 * The swapped constraints (see {@link QuickConformance}) fail exactly where
 * Jena's fail, with Jena's entries, on a graph that breaks each of them at the
 * top level and inside another constraint, and pass where Jena's pass only
 * through rdfs:subClassOf.
 */
class QuickConformanceTest {
    private static final Graph SHAPES_GRAPH = KnowledgeGraph.readTurtleFolder(TestGraph.LAYOUT.shapes(), TestGraph.LAYOUT);

    /**
     * A company that is also a person (sh:not, and two most specific actor
     * types: qualified max), with only a German label (qualified min) and
     * founded by a text (sh:or); a lab inside a place (sh:class); a time with a
     * plain-string date (sh:node); a model kind that is also a model (sh:not
     * over sh:or); an excerpt with two quote selectors and no position selector.
     * lab2 is inside an organisation typed only cai:Company, which is a
     * cai:Organization only through the ontology's rdfs:subClassOf.
     */
    private static final String BROKEN = """
            PREFIX cai: <http://localhost:3030/ontology#>
            PREFIX id: <http://localhost:3030/id/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            id:co a cai:Company , cai:Person , cai:Organization , cai:Actor ; rdfs:label "Firma"@de ; cai:foundedBy "jemand" .
            id:place a cai:Place ; rdfs:label "Place"@en .
            id:lab a cai:Lab , cai:Organization , cai:Actor ; rdfs:label "Lab"@en ; cai:partOf id:place .
            id:co2 a cai:Company ; rdfs:label "Company"@en .
            id:lab2 a cai:Lab , cai:Organization , cai:Actor ; rdfs:label "Lab two"@en ; cai:partOf id:co2 .
            id:t a cai:TimeDescription ; cai:timeText "2024"@de ; cai:date "2024" .
            id:mk a cai:ModelKind , cai:Model ; rdfs:label "kind"@en ; cai:partOf id:place .
            id:ex a cai:Excerpt ; oa:hasSelector id:q1 , id:q2 .
            id:q1 a oa:TextQuoteSelector ; oa:exact "a" .
            id:q2 a oa:TextQuoteSelector ; oa:exact "b" .
            """;

    @Test
    void brokenConstraintsGetJenasEntriesAndSubclassesStillCount() {
        Graph data = RDFParser.fromString(BROKEN, Lang.TURTLE).toGraph();
        KnowledgeGraph.readTurtleFolder(TestGraph.LAYOUT.ontology(), TestGraph.LAYOUT).find().forEachRemaining(data::add);
        ValidationReport jena = ShaclValidator.get().validate(Shapes.parse(SHAPES_GRAPH), data);
        ValidationReport ours = GraphValidator.of(SHAPES_GRAPH).report(data);
        assertEquals(SparqlOnceTest.entries(jena), SparqlOnceTest.entries(ours));

        Set<String> components = new TreeSet<>();
        ours.getEntries().forEach(e -> components.add(e.sourceConstraintComponent().getLocalName()));
        assertTrue(components.containsAll(List.of("OrConstraintComponent", "NotConstraintComponent",
                "NodeConstraintComponent", "QualifiedMinCountConstraintComponent", "QualifiedMaxCountConstraintComponent",
                "ClassConstraintComponent")), components::toString);
        assertTrue(has(ours, "lab", "ClassConstraintComponent"), "a lab inside a place");
        assertTrue(has(ours, "mk", "NotConstraintComponent"), "a model kind that is a model");
        assertTrue(!has(ours, "lab2", "ClassConstraintComponent"), "a Company is an Organization by rdfs:subClassOf");
    }

    private static boolean has(ValidationReport r, String id, String component) {
        return r.getEntries().stream().map(ReportEntry.class::cast).anyMatch(e -> e.focusNode().isURI()
                && e.focusNode().getURI().equals("http://localhost:3030/id/" + id)
                && e.sourceConstraintComponent().getLocalName().equals(component));
    }
}
