package dev.chinaai.kg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import dev.chinaai.kg.mapping.Iris;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/** The ontology is OWL 2 DL, documented in English and German, and consistent with the data. */
class OntologyTest {
    private static final Path ONTOLOGY = Path.of("ontology/china-ai.ttl");
    private static final Pattern PARTIAL_DATES = Pattern.compile("^Use of (defined|undeclared) datatype.*xsd:(date|gYear|gYearMonth)\\b");

    @Test
    void ontologyIsInTheOwl2DlProfile() throws OWLOntologyCreationException {
        OWLOntology ont = OWLManager.createOWLOntologyManager().loadOntologyFromOntologyDocument(ONTOLOGY.toFile());
        OWLProfileReport report = new OWL2DLProfile().checkOntology(ont);
        assertTrue(report.isInProfile(), () -> "not OWL 2 DL: " + report.getViolations());
        assertTrue(ont.getOntologyID().getVersionIRI().isPresent(), "the ontology has a versionIRI");
        assertTrue(ont.getClassesInSignature().size() > 20);
    }

    @Test
    void ontologyIsConsistentTogetherWithTheData() throws OWLOntologyCreationException {
        OWLOntology ont = load(TestGraph.dataset().getUnionGraph());
        // Days, months and years are typed xsd:date, xsd:gYearMonth, xsd:gYear, as precise as the
        // seeds are; those are RDF datatypes outside OWL 2's datatype map, the only
        // profile violations accepted in the data.
        List<OWLProfileViolation> violations = new OWL2DLProfile().checkOntology(ont).getViolations().stream()
                .filter(v -> !PARTIAL_DATES.matcher(v.toString()).find()).toList();
        assertTrue(violations.isEmpty(), () -> "data + ontology not OWL 2 DL: "
                + violations.stream().limit(20).map(Object::toString).collect(Collectors.joining("\n")));
        Configuration config = new Configuration();
        // xsd:gYear and xsd:gYearMonth are valid RDF but outside the OWL 2 datatype map.
        config.ignoreUnsupportedDatatypes = true;
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(ont, config);
        try {
            assertTrue(reasoner.isConsistent(), "HermiT finds the ontology inconsistent with the data");
            assertEquals(1, reasoner.getUnsatisfiableClasses().getSize(), "only owl:Nothing is unsatisfiable: "
                    + reasoner.getUnsatisfiableClasses());
        } finally {
            reasoner.dispose();
        }
    }

    @Test
    void docsModelListsEveryTermOfTheOntologyInItsTable() throws java.io.IOException {
        String doc = java.nio.file.Files.readString(Path.of("docs/MODEL.md"));
        List<String> missing = new ArrayList<>();
        String q = "SELECT DISTINCT ?t WHERE { GRAPH <%s> { ?t a ?kind FILTER(STRSTARTS(STR(?t), \"%s\")) } }"
                .formatted(Iris.ONTOLOGY_GRAPH.getURI(), dev.chinaai.kg.vocab.CAI.NS);
        try (QueryExecution qe = QueryExecution.create(q, TestGraph.asDataset())) {
            qe.execSelect().forEachRemaining(s -> {
                String term = "| `cai:" + s.getResource("t").getLocalName() + "` |";
                if (!doc.contains(term)) {
                    missing.add(term);
                }
            });
        }
        assertEquals(List.of(), missing, "terms missing from the table of docs/MODEL.md");
    }

    @Test
    void everyTermHasEnglishAndGermanLabelAndComment() {
        String q = """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?t ?p ?lang WHERE {
                  GRAPH <%s> { ?t ?kind ?x . FILTER(STRSTARTS(STR(?t), "http://localhost:3030/ontology")) }
                  VALUES ?p { rdfs:label rdfs:comment } VALUES ?lang { "en" "de" }
                  FILTER NOT EXISTS { GRAPH <%s> { ?t ?p ?v . FILTER(LANG(?v) = ?lang) } }
                } ORDER BY ?t""".formatted(Iris.ONTOLOGY_GRAPH.getURI(), Iris.ONTOLOGY_GRAPH.getURI());
        List<String> missing = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(q, TestGraph.asDataset())) {
            qe.execSelect().forEachRemaining(s -> missing.add(s.get("t") + " " + s.get("p") + "@" + s.get("lang")));
        }
        assertTrue(missing.isEmpty(), "undocumented terms: " + missing);
    }

    private static OWLOntology load(Graph graph) throws OWLOntologyCreationException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, graph, RDFFormat.NTRIPLES);
        OWLOntologyManager m = OWLManager.createOWLOntologyManager();
        return m.loadOntologyFromOntologyDocument(new ByteArrayInputStream(out.toByteArray()));
    }
}
