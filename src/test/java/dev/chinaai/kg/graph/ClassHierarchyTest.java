package dev.chinaai.kg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.Test;

/** Class queries answer as the ontology's hierarchy says, with no reasoner: superclass types are in the data. */
class ClassHierarchyTest {
    private static final String PREFIXES = """
            PREFIX cai: <http://localhost:3030/ontology#>
            PREFIX id: <http://localhost:3030/id/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX schema: <https://schema.org/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """;

    @Test
    void aPlainQueryForOrganisationsFindsCompaniesUniversitiesAndLabs() {
        List<String> orgs = column("SELECT ?x WHERE { ?x a cai:Organization }");
        assertTrue(orgs.contains("http://localhost:3030/id/deepseek"), "DeepSeek is a cai:Company");
        assertTrue(orgs.contains("http://localhost:3030/id/tsinghua-university"), "Tsinghua is a cai:University");
        assertTrue(column("SELECT ?x WHERE { ?x a cai:Actor }").contains("http://localhost:3030/id/liang-wenfeng"));
        assertTrue(column("SELECT ?x WHERE { ?x a schema:Organization }").contains("http://localhost:3030/id/deepseek"));
        assertTrue(column("SELECT ?x WHERE { ?x a prov:Agent }").contains("http://localhost:3030/id/deepseek"));
    }

    @Test
    void everyTypedResourceHasEverySuperclassTypeOfTheOntologyInTheSameGraph() {
        List<String> missing = column("""
                SELECT ?x WHERE {
                  GRAPH ?g { ?x a ?c }
                  GRAPH <http://localhost:3030/graph/ontology> { ?c rdfs:subClassOf+ ?d FILTER(isIRI(?d)) }
                  FILTER NOT EXISTS { GRAPH ?g { ?x a ?d } } }""");
        assertEquals(List.of(), missing);
    }

    private static List<String> column(String q) {
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(PREFIXES + q, q.contains("GRAPH") ? TestGraph.asDataset() : TestGraph.union())) {
            qe.execSelect().forEachRemaining(r -> out.add(r.get("x").toString()));
        }
        return out;
    }
}
