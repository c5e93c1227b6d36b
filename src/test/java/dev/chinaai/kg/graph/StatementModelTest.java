package dev.chinaai.kg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;

/**
 * One statement pattern for facts and claims: who asserts what about an
 * entity, in which excerpt, with no UNION; and each excerpt's quote inside its
 * sentence context.
 */
class StatementModelTest {
    private static final String PREFIXES = """
            PREFIX cai: <http://localhost:3030/ontology#>
            PREFIX id: <http://localhost:3030/id/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            """;
    private static final String ABOUT_DEEPSEEK = """
            SELECT ?st ?predicate ?value ?who ?quote ?start WHERE {
              ?st cai:about id:deepseek ; cai:predicate ?predicate ; cai:value ?value ;
                  prov:wasAttributedTo ?who ; cai:statedIn ?excerpt .
              ?excerpt oa:hasSelector/oa:exact ?quote ; oa:hasSelector/oa:start ?start }""";

    @Test
    void onePatternFindsTheArticlesOwnFactsAndOtherPeoplesClaimsAboutAnEntity() {
        List<QuerySolution> rows = select(ABOUT_DEEPSEEK);
        Set<String> predicates = new TreeSet<>();
        Set<String> who = new TreeSet<>();
        rows.forEach(r -> {
            predicates.add(r.getResource("predicate").getLocalName());
            who.add(r.getResource("who").getLocalName());
        });
        assertTrue(predicates.contains("headquarters"), "the article's fact: " + predicates);
        assertTrue(predicates.contains("says"), "someone's claim: " + predicates);
        assertTrue(who.contains("article-004"), "the article asserts its own facts: " + who);
        assertTrue(who.contains("liang-wenfeng"), "a named person asserts a claim: " + who);
    }

    @Test
    void everyFactTripleHasExactlyOneStatementFromItsOwnExcerpt() {
        List<QuerySolution> missing = select("""
                SELECT ?g ?s ?p ?o WHERE {
                  GRAPH ?g { ?s ?p ?o FILTER(?p NOT IN (<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>,
                                                       <http://www.w3.org/2000/01/rdf-schema#label>)) }
                  FILTER(STRSTARTS(STR(?g), "http://localhost:3030/graph/0") && STRSTARTS(STR(?s), "http://localhost:3030/id/")
                         && !CONTAINS(STR(?s), "#"))
                  FILTER NOT EXISTS { GRAPH ?g { ?st cai:about ?s ; cai:predicate ?p ; cai:value ?o } } } LIMIT 5""", true);
        assertEquals(List.of(), missing);
    }

    @Test
    void everyExcerptsContextHoldsItsQuoteAndIsCutFromTheArticleAtTheRightPlace() {
        java.util.Map<String, String> texts = new java.util.HashMap<>();
        select("SELECT ?a ?text WHERE { ?a cai:sourceText ?text }").forEach(r ->
                texts.put(r.getResource("a").getURI(), r.getLiteral("text").getString()));
        List<QuerySolution> rows = select("""
                SELECT ?e ?context ?quote ?a WHERE {
                  ?e a cai:Excerpt ; cai:context ?context ; oa:hasSource ?a ; oa:hasSelector ?q . ?q oa:exact ?quote }""");
        assertTrue(rows.size() >= 200, "excerpts: " + rows.size());
        for (QuerySolution r : rows) {
            String context = r.getLiteral("context").getString();
            String quote = r.getLiteral("quote").getString();
            assertTrue(context.contains(quote), () -> r.get("e") + ": context lacks the quote");
            assertTrue(texts.get(r.getResource("a").getURI()).contains(context), () -> r.get("e") + ": context not from the article");
            assertTrue(context.length() >= quote.length(), r.get("e")::toString);
        }
    }

    private static List<QuerySolution> select(String q) {
        return select(q, false);
    }

    private static List<QuerySolution> select(String q, boolean graphs) {
        List<QuerySolution> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(PREFIXES + q, graphs ? TestGraph.asDataset() : TestGraph.union())) {
            qe.execSelect().forEachRemaining(out::add);
        }
        return out;
    }
}
