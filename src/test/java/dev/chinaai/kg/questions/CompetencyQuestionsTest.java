package dev.chinaai.kg.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.Test;

/**
 * The twelve competency questions of the knowledge-graph issue, each a SPARQL
 * query against the built graph that asserts the exact answer and that the
 * answer traces to an excerpt of the named seed.
 */
class CompetencyQuestionsTest {
    static final String PREFIXES = """
            PREFIX cai:  <http://localhost:3030/ontology#>
            PREFIX id:   <http://localhost:3030/id/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX oa:   <http://www.w3.org/ns/oa#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            PREFIX org:  <http://www.w3.org/ns/org#>
            """;
    private static final String ID = "http://localhost:3030/id/";

    @Test
    void q01WhoClaimedThatHalfOfTheWorldsAiResearchersAreChinese() {
        List<QuerySolution> rows = select("""
                SELECT ?claim ?claimant ?place ?when ?seed WHERE {
                  ?claim a cai:Claim ; cai:claimant ?claimant ; cai:valueAmount ?v ; cai:valueUnit "percent" ;
                         cai:place ?place ; cai:time/cai:timeText ?when ; cai:statedIn/oa:hasSource/cai:seedFile ?seed .
                  FILTER(?v = 50) }""");
        assertEquals(Set.of("jensen-huang"), ids(rows, "claimant"));
        assertTrue(ids(rows, "place").containsAll(Set.of("hill-and-valley-forum", "washington")), rows::toString);
        assertEquals(Set.of("Frühsommer 2025"), strings(rows, "when"));
        assertEquals(Set.of("002_70617a8e01d1f711.txt"), strings(rows, "seed"));
    }

    @Test
    void q02WhichChipConstraintLimitsDeepSeekAndWhoImposedIt() {
        // Seed 004 says the US sanctions bar Chinese developers from Nvidia's newest AI chips; that they limit
        // DeepSeek is what DeepSeek's founder says ("der fehlende Zugang zu den neuesten Chips"), so the
        // link to DeepSeek is a claim about both, not a fact.
        List<QuerySolution> rows = select("""
                SELECT ?constraint ?by ?item ?claimant WHERE {
                  ?claim a cai:Claim ; cai:about id:deepseek , ?constraint ; cai:claimant ?claimant .
                  ?constraint a cai:ChipConstraint ; cai:imposedBy ?by ; cai:restrictedItem ?item }""");
        assertEquals(Set.of("us-chip-sanctions-china"), ids(rows, "constraint"));
        assertEquals(Set.of("us-government"), ids(rows, "by"));
        assertEquals(Set.of("nvidia-ai-chips"), ids(rows, "item"));
        assertEquals(Set.of("liang-wenfeng"), ids(rows, "claimant"));
        assertTraced("us-chip-sanctions-china", "cai:restrictedItem", "id:nvidia-ai-chips", "004");
        assertTraced("us-chip-sanctions-china", "cai:imposedBy", "id:us-government", "004");
        List<QuerySolution> said = select("""
                SELECT ?claim ?when WHERE { ?claim a cai:Claim ; cai:claimant id:liang-wenfeng ;
                  cai:about id:us-chip-sanctions-china ; cai:time ?t . ?t cai:timeText ?when
                  FILTER NOT EXISTS { ?t cai:date ?d } }""");
        assertEquals(Set.of("im vergangenen Juli"), strings(said, "when"), "seed 004 has no date, so 'last July' stays unresolved");
        said.forEach(r -> assertClaimFrom(r.getResource("claim").getURI(), "004"));
    }

    @Test
    void q03WhichChineseCompaniesHadLaunchedAiChatbotsBeforeMarch2024() {
        List<QuerySolution> rows = select("""
                SELECT ?company ?before WHERE {
                  ?a a cai:Activity ; cai:agent ?company ; cai:action ?action ; cai:time/cai:notAfter ?before .
                  FILTER(LANG(?action) = "en" && CONTAINS(LCASE(?action), "chatbot"))
                  FILTER(STR(?before) < "2024-03-13") }""");
        assertEquals(Set.of("baidu", "sensetime", "baichuan-intelligent-technology", "zhipu-ai"), ids(rows, "company"));
        assertTraced("Activity", "chatbot", "001");
    }

    @Test
    void q04WhichAShareCompaniesAnnouncedTextToVideoInvestments() {
        List<QuerySolution> rows = select("""
                SELECT ?company ?when WHERE {
                  ?a a cai:Activity ; cai:agent ?company ; cai:action ?action ; cai:time/cai:timeText ?when .
                  ?company a cai:Company .
                  FILTER(LANG(?action) = "en" && CONTAINS(LCASE(?action), "text-to-video")) }""");
        assertEquals(Set.of("wondershare", "broadv", "eclicktech", "hanvon-technology"), ids(rows, "company"));
        assertEquals(Set.of("Von Dezember bis Februar"), strings(rows, "when"));
        assertTraced("Activity", "text-to-video", "001");
    }

    @Test
    void q05WhoWentBackToStanfordAndWhatDoesSeed002CreditHerWith() {
        List<QuerySolution> rows = select("""
                SELECT ?who WHERE { ?m a org:Membership ; org:member ?who ; org:organization id:stanford-university }""");
        // "ging zurück an" is a move, not a position: the membership has no role, and the text gives the move no time.
        assertEquals(Set.of("fei-fei-li"), ids(rows, "who"));
        assertTraced("fei-fei-li", "^org:member/org:organization", "id:stanford-university", "000");
        List<QuerySolution> credits = select("SELECT ?work WHERE { id:fei-fei-li cai:contributedTo ?work }");
        assertEquals(Set.of("imagenet", "stanford-ai-lab"), ids(credits, "work"));
        assertTraced("fei-fei-li", "cai:contributedTo", "id:imagenet", "002");
        assertTraced("fei-fei-li", "cai:contributedTo", "id:stanford-ai-lab", "002");
    }

    @Test
    void q06WhichInstitutionsWorkTogetherInBaaiAndWhoSetItUpWhen() {
        assertEquals(Set.of("tsinghua-university", "peking-university", "chinese-academy-of-sciences", "baidu", "bytedance"),
                ids(select("SELECT ?m WHERE { id:baai cai:member ?m }"), "m"));
        List<QuerySolution> rows = select("SELECT ?by ?year WHERE { id:baai cai:foundedBy ?by ; cai:founded/cai:date ?year }");
        assertEquals(Set.of("beijing-municipal-government"), ids(rows, "by"));
        assertEquals(Set.of("2018"), strings(rows, "year"));
        assertTraced("baai", "cai:member", "id:baidu", "004");
        assertTraced("baai", "cai:foundedBy", "id:beijing-municipal-government", "004");
    }

    @Test
    void q07WithWhichCompanyWillAppleDevelopAiApplicationsInChinaAndWhy() {
        List<QuerySolution> rows = select("""
                SELECT ?partner WHERE {
                  ?a a cai:Activity ; cai:agent id:apple , ?partner ; cai:place id:china ; cai:status "planned" .
                  FILTER(?partner != id:apple) }""");
        assertEquals(Set.of("alibaba"), ids(rows, "partner"));
        List<QuerySolution> why = select("""
                SELECT ?claim ?model WHERE { ?claim a cai:Claim ; cai:claimant id:apple ; cai:about ?model . ?model a cai:Model }""");
        assertEquals(Set.of("qwen"), ids(why, "model"));
        assertTraced("Activity", "AI applications", "004");
        assertClaimFrom(why.get(0).getResource("claim").getURI(), "004");
    }

    @Test
    void q08AccordingToWhomDoesR1BeatTheModelsOfOpenAiMetaAndAnthropic() {
        List<QuerySolution> rows = select("""
                SELECT ?claim ?claimant WHERE {
                  ?claim a cai:Claim ; cai:claimant ?claimant ; cai:about id:deepseek-r1 , id:openai , id:meta , id:anthropic }""");
        assertEquals(Set.of("deepseek"), ids(rows, "claimant"));
        rows.forEach(r -> assertClaimFrom(r.getResource("claim").getURI(), "003"));
        assertEquals(0, select("SELECT ?p WHERE { id:deepseek-r1 ?p id:openai }").size(), "R1 beating OpenAI is no fact");
    }

    @Test
    void q09WhereDidMicrosoftAndGoogleSetUpAiResearchCentresAbroad() {
        String q = """
                SELECT ?city WHERE {
                  ?a a cai:Activity ; cai:agent id:%s ; cai:action ?action ; cai:place ?city .
                  FILTER(LANG(?action) = "en" && CONTAINS(LCASE(?action), "research cent"))
                  FILTER NOT EXISTS { ?a cai:place ?smaller . ?smaller cai:locatedIn|cai:partOf ?city } }""";
        assertEquals(Set.of("montreal", "cambridge"), ids(select(q.formatted("microsoft")), "city"));
        assertEquals(Set.of("zurich", "paris", "tel-aviv"), ids(select(q.formatted("google")), "city"));
        assertTraced("Activity", "research cent", "002");
    }

    @Test
    void q10WhichCompaniesInHangzhouCountAmongTheSixLittleDragons() {
        // Seed 004: DeepSeek's headquarters is in Hangzhou, and "the other five were all founded in Hangzhou";
        // the text names two of the five (Unitree Robotics, Manycore).
        assertEquals(Set.of("deepseek", "unitree-robotics", "manycore"),
                ids(select("SELECT ?c WHERE { id:six-little-dragons cai:member ?c . ?c a cai:Company }"), "c"));
        assertEquals(Set.of("deepseek"), ids(select("""
                SELECT ?c WHERE { id:six-little-dragons cai:member ?c . ?c cai:headquarters id:hangzhou }"""), "c"));
        assertEquals(1, select("""
                SELECT ?d WHERE { id:six-little-dragons cai:description ?d
                  FILTER(LANG(?d) = "de" && CONTAINS(?d, "Hangzhou gegründet")) }""").size());
        assertTraced("six-little-dragons", "cai:member", "id:manycore", "004");
        assertTraced("six-little-dragons", "cai:member", "id:unitree-robotics", "004");
        assertTraced("deepseek", "cai:headquarters", "id:hangzhou", "004");
    }

    @Test
    void q11WhatDoTheLettersOfBatStandFor() {
        assertEquals(Set.of("baidu", "alibaba", "tencent"), ids(select("SELECT ?m WHERE { id:bat cai:member ?m }"), "m"));
        assertTraced("bat", "cai:member", "id:tencent", "000");
    }

    @Test
    void q12EveryClaimWithClaimantSeedQuoteAndOffsetsThatCutExactlyThatQuote() {
        List<QuerySolution> rows = select("""
                SELECT ?claim ?claimant ?seed ?exact ?start ?end ?text WHERE {
                  ?claim a cai:Claim ; cai:claimant ?claimant ; cai:statedIn ?e .
                  ?e oa:hasSource ?article ; oa:hasSelector ?q , ?p .
                  ?article cai:seedFile ?seed ; cai:sourceText ?text .
                  ?q oa:exact ?exact . ?p oa:start ?start ; oa:end ?end }""");
        long claims = select("SELECT ?c WHERE { ?c a cai:Claim }").size();
        assertTrue(claims >= 100, "claims: " + claims);
        assertEquals(claims, rows.stream().map(r -> r.getResource("claim")).distinct().count(),
                "every claim has claimant, excerpt, seed and offsets");
        for (QuerySolution r : rows) {
            String text = r.getLiteral("text").getString();
            int start = r.getLiteral("start").getInt();
            int end = r.getLiteral("end").getInt();
            String cut = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
            assertEquals(r.getLiteral("exact").getString(), cut, r.getResource("claim").getURI());
        }
    }

    /** A triple (subject id, property path, object) holds in a named graph derived from an excerpt of the seed. */
    private static void assertTraced(String subjectId, String path, String object, String seed) {
        String q = PREFIXES + """
                ASK { GRAPH ?g { id:%s %s %s }
                      GRAPH <http://localhost:3030/graph/provenance> {
                        ?g prov:wasDerivedFrom ?e . ?e oa:hasSource/cai:seedFile ?f ; oa:hasSelector/oa:start ?s }
                      FILTER(STRSTARTS(?f, "%s_")) }""".formatted(subjectId, path, object, seed);
        if (path.startsWith("^")) {
            q = PREFIXES + """
                    ASK { GRAPH ?g { ?x %s %s . ?x %s id:%s }
                          GRAPH <http://localhost:3030/graph/provenance> {
                            ?g prov:wasDerivedFrom ?e . ?e oa:hasSource/cai:seedFile ?f }
                          FILTER(STRSTARTS(?f, "%s_")) }""".formatted(path.substring(path.indexOf('/') + 1), object,
                    path.substring(1, path.indexOf('/')), subjectId, seed);
        }
        assertTrue(ask(q), () -> "not traced to seed " + seed + ": " + subjectId + " " + path + " " + object);
    }

    /** An activity of the given class whose English action contains the words is stated in an excerpt of the seed. */
    private static void assertTraced(String type, String words, String seed) {
        String q = PREFIXES + """
                ASK { GRAPH ?g { ?a a cai:%s ; cai:action ?act FILTER(CONTAINS(LCASE(?act), LCASE("%s"))) }
                      GRAPH <http://localhost:3030/graph/provenance> { ?g prov:wasDerivedFrom/oa:hasSource/cai:seedFile ?f }
                      FILTER(STRSTARTS(?f, "%s_")) }""".formatted(type, words, seed);
        assertTrue(ask(q), () -> "no " + type + " '" + words + "' traced to seed " + seed);
    }

    private static void assertClaimFrom(String claim, String seed) {
        String q = PREFIXES + "ASK { <%s> cai:statedIn/oa:hasSource/cai:seedFile ?f FILTER(STRSTARTS(?f, \"%s_\")) }"
                .formatted(claim, seed);
        assertTrue(ask(q), () -> claim + " is not stated in seed " + seed);
    }

    private static boolean ask(String q) {
        try (QueryExecution qe = QueryExecution.create(q, q.contains("GRAPH") ? TestGraph.asDataset() : TestGraph.union())) {
            return qe.execAsk();
        }
    }

    static List<QuerySolution> select(String body) {
        Dataset union = TestGraph.union();
        List<QuerySolution> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(PREFIXES + body, union)) {
            qe.execSelect().forEachRemaining(out::add);
        }
        return out;
    }

    private static Set<String> ids(List<QuerySolution> rows, String var) {
        Set<String> out = new TreeSet<>();
        for (QuerySolution r : rows) {
            RDFNode n = r.get(var);
            assertTrue(n != null && n.isURIResource() && n.asResource().getURI().startsWith(ID), () -> var + ": " + n);
            out.add(n.asResource().getURI().substring(ID.length()));
        }
        return out;
    }

    private static Set<String> strings(List<QuerySolution> rows, String var) {
        Set<String> out = new TreeSet<>();
        rows.forEach(r -> out.add(r.get(var).isLiteral() ? r.getLiteral(var).getLexicalForm() : r.get(var).toString()));
        return out;
    }
}
