package dev.chinaai.kg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.Test;

/**
 * Finding things by name with the one pattern docs/MODEL.md documents: one row
 * per entity and label, abbreviations found like labels, and label searches
 * that do not hit claims or excerpts.
 */
class LabelsTest {
    private static final String PREFIXES = """
            PREFIX cai: <http://localhost:3030/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;
    private static final String BY_NAME = """
            SELECT DISTINCT ?x WHERE { ?x rdfs:label|skos:altLabel ?name FILTER(LCASE(STR(?name)) = LCASE("%s")) }""";

    @Test
    void theFindByNamePatternFindsAnAbbreviationAndASpellingVariantCaseInsensitively() {
        assertEquals(List.of("http://localhost:3030/id/baai"), column(BY_NAME.formatted("baai")));
        assertEquals(List.of("http://localhost:3030/id/sensetime"), column(BY_NAME.formatted("Sense-Time")));
    }

    @Test
    void noLabelIsRepeatedInAnotherLanguageOrAsAnAlternativeName() {
        assertEquals(List.of(), column("""
                SELECT ?x WHERE { ?x rdfs:label ?a . ?x rdfs:label|skos:altLabel ?b
                  FILTER(STRSTARTS(STR(?x), "http://localhost:3030/id/") && STR(?a) = STR(?b) && ?a != ?b) } LIMIT 20"""));
    }

    @Test
    void everyEntityHasOneEnglishLabelAndNoTwoEntitiesShareIt() {
        assertEquals(List.of(), column("""
                SELECT ?x WHERE { ?x a ?c FILTER(STRSTARTS(STR(?x), "http://localhost:3030/id/") && !CONTAINS(STR(?x), "#"))
                  FILTER NOT EXISTS { ?x rdfs:label ?l FILTER(LANG(?l) = "en") } }"""));
        assertEquals(List.of(), column("""
                SELECT ?x WHERE { ?x rdfs:label ?l . ?y rdfs:label ?l
                  FILTER(STRSTARTS(STR(?x), "http://localhost:3030/id/") && LANG(?l) = "en" && ?x != ?y) }"""));
        List<String> wangs = column(BY_NAME.formatted("Wang Peng"));
        assertEquals(2, wangs.size(), "two people named Wang Peng: " + wangs);
    }

    @Test
    void aLabelSearchForAnEntityHitsNoClaimNoExcerptAndNoStatement() {
        List<String> hits = column("""
                SELECT DISTINCT ?x WHERE { ?x rdfs:label ?l FILTER(CONTAINS(LCASE(?l), "deepseek")) }""");
        assertTrue(hits.contains("http://localhost:3030/id/deepseek"), hits::toString);
        assertEquals(List.of(), hits.stream().filter(h -> !h.startsWith("http://localhost:3030/id/")).toList());
    }

    private static List<String> column(String q) {
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(PREFIXES + q, TestGraph.union())) {
            qe.execSelect().forEachRemaining(r -> out.add(r.get("x").toString()));
        }
        return out;
    }
}
