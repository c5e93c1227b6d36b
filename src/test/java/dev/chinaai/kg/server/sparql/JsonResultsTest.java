package dev.chinaai.kg.server.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSetStream;
import org.junit.jupiter.api.Test;

/** The compact writer writes the very document Jena's writer does, for every kind of term it writes. */
class JsonResultsTest {
    private static final Var S = Var.alloc("s");
    private static final Var O = Var.alloc("o");
    private static final Var X = Var.alloc("x");

    private static JsonElement jena(List<Binding> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetMgr.write(out, ResultSet.adapt(RowSetStream.create(List.of(S, O, X), rows.iterator())),
                ResultSetLang.RS_JSON);
        return JsonParser.parseString(out.toString(StandardCharsets.UTF_8));
    }

    private static JsonElement ours(List<Binding> rows, String link) {
        byte[] b = JsonResults.write(RowSetStream.create(List.of(S, O, X), rows.iterator()), link);
        return JsonParser.parseString(new String(b, StandardCharsets.UTF_8));
    }

    private static Binding row(Node s, Node o, Node x) {
        var b = BindingFactory.builder();
        if (s != null) {
            b.add(S, s);
        }
        if (o != null) {
            b.add(O, o);
        }
        if (x != null) {
            b.add(X, x);
        }
        return b.build();
    }

    @Test
    void everyTermAndEveryCharacterIsWrittenAsJenaWritesIt() {
        Node iri = NodeFactory.createURI("http://example.org/id/a\"b\\c?q=中");
        Node blank = NodeFactory.createBlankNode();
        List<Binding> rows = new ArrayList<>();
        rows.add(row(iri, NodeFactory.createLiteralString("plain \"quoted\" \\ back\nline\ttab\r\b\f\u0001 é 中 \uD83D\uDE00"),
                blank));
        rows.add(row(blank, NodeFactory.createLiteralLang("Künstliche Intelligenz", "de"), null));
        rows.add(row(null, NodeFactory.createLiteralDirLang("مرحبا", "ar", TextDirection.RTL),
                NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger)));
        rows.add(row(NodeFactory.createBlankNode(), NodeFactory.createLiteralDT("2026-11-30", XSDDatatype.XSDdate),
                NodeFactory.createLiteralString("")));
        rows.add(row(null, null, null));
        assertEquals(jena(rows), ours(rows, null));
        assertEquals(jena(List.of()), ours(List.of(), null));
    }

    @Test
    void aLinkGoesIntoTheHead() {
        JsonElement doc = ours(List.of(row(NodeFactory.createURI("http://example.org/a"), null, null)),
                "http://example.org/sparql?query=x#result-truncated-at-10000");
        assertEquals("http://example.org/sparql?query=x#result-truncated-at-10000",
                doc.getAsJsonObject().getAsJsonObject("head").getAsJsonArray("link").get(0).getAsString());
    }

    @Test
    void aTripleTermIsLeftToJena() {
        Node a = NodeFactory.createURI("http://example.org/a");
        Node triple = NodeFactory.createTripleTerm(Triple.create(a, a, a));
        assertThrows(JsonResults.Unsupported.class, () -> ours(List.of(row(a, triple, null)), null));
    }
}
