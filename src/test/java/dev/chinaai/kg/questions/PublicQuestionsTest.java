package dev.chinaai.kg.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The public competency questions: each {@code src/test/resources/questions/NN-*.rq}
 * is written as a user who has read only README and docs/MODEL.md would write
 * it (relative IRIs, as the endpoint resolves them), and {@code NN-*.tsv}
 * beside it holds the expected answer: a header of variables, then one row per
 * solution, IRIs relative to the base, literals by lexical form, compared as a
 * set of rows. To review a deliberate change, run with
 * {@code -Dquestions.write=true}, which writes {@code NN-*.actual.tsv}.
 */
class PublicQuestionsTest {
    private static final Path DIR = Path.of("src/test/resources/questions");
    private static final String BASE = "http://localhost:3030/";

    @TestFactory
    Stream<DynamicTest> everyPublicQuestionGetsItsExpectedAnswer() throws IOException {
        List<Path> questions;
        try (Stream<Path> s = Files.list(DIR)) {
            questions = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(questions.size() >= 40, "public questions: " + questions.size());
        return questions.stream().map(q -> DynamicTest.dynamicTest(q.getFileName().toString(), () -> check(q)));
    }

    private static void check(Path rq) throws IOException {
        String name = rq.getFileName().toString().replace(".rq", "");
        List<String> actual = answer(Files.readString(rq));
        if (Boolean.getBoolean("questions.write")) {
            Files.write(DIR.resolve(name + ".actual.tsv"), actual);
        }
        List<String> expected = Files.readAllLines(DIR.resolve(name + ".tsv"));
        assertTrue(expected.size() > 1, name + ": an expected answer has at least one row");
        assertEquals(expected.get(0), actual.get(0), name + ": variables");
        assertEquals(new TreeSet<>(expected.subList(1, expected.size())), new TreeSet<>(actual.subList(1, actual.size())), name);
    }

    /** The header and the rows of the answer, as the .tsv files write them. */
    static List<String> answer(String queryText) {
        Query query = QueryFactory.create(queryText, BASE, Syntax.syntaxSPARQL_11);
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(query, TestGraph.union())) {
            ResultSet rs = qe.execSelect();
            out.add(String.join("\t", rs.getResultVars()));
            TreeSet<String> rows = new TreeSet<>();
            rs.forEachRemaining(r -> {
                List<String> cells = new ArrayList<>();
                rs.getResultVars().forEach(v -> cells.add(cell(r.get(v))));
                rows.add(String.join("\t", cells));
            });
            out.addAll(rows);
        }
        return out;
    }

    private static String cell(RDFNode n) {
        if (n == null) {
            return "";
        }
        if (n.isURIResource()) {
            String u = n.asResource().getURI();
            return u.startsWith(BASE) ? u.substring(BASE.length()) : u;
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm().replace('\t', ' ').replace('\n', ' ') : n.toString();
    }
}
