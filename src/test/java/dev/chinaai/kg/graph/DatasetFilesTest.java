package dev.chinaai.kg.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chinaai.kg.TestGraph;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dump files: N-Quads written from the sort's node forms, and a build that writes one dump only. */
class DatasetFilesTest {
    /** Literals that need escapes or carry non-ASCII text, a language tag, a datatype, a blank node, the default graph. */
    private static final String AWKWARD = """
            <http://example.org/s> <http://example.org/p> "line one\\nline \\"two\\"\\t\\\\ and \\r" <http://example.org/g> .
            <http://example.org/s> <http://example.org/p> "Wissenschaftsstadt Zhōngguāncūn – „KI“ 😀"@de <http://example.org/g> .
            <http://example.org/s> <http://example.org/p> "2024-03"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> <http://example.org/g> .
            <http://example.org/s> <http://example.org/p> "12"^^<http://www.w3.org/2001/XMLSchema#integer> <http://example.org/g> .
            _:b1 <http://example.org/p> <http://example.org/o%20x> <http://example.org/g> .
            <http://example.org/s> <http://example.org/p> "in the default graph" .
            <http://example.org/s> <http://example.org/p> "" <http://example.org/h> .
            """;

    @Test
    void nquadsAreTheBytesOfJenasWriterForTheSortedQuads() {
        DatasetGraph awkward = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(AWKWARD, org.apache.jena.riot.Lang.NQUADS).parse(awkward);
        // IRIs that N-Triples must escape (no parser accepts them, so they are made here).
        Node g = NodeFactory.createURI("http://example.org/g");
        awkward.add(g, NodeFactory.createURI("http://example.org/a b"), NodeFactory.createURI("http://example.org/p"),
                NodeFactory.createURI("http://example.org/{x}|\\^`\"<>"));
        for (DatasetGraph d : List.of(TestGraph.dataset(), awkward)) {
            ByteArrayOutputStream jena = new ByteArrayOutputStream();
            StreamRDF w = StreamRDFWriter.getWriterStream(jena, RDFFormat.NQUADS_UTF8);
            w.start();
            DatasetFiles.sorted(d).forEach(w::quad);
            w.finish();
            assertEquals(d.stream().count(), jena.toString(java.nio.charset.StandardCharsets.UTF_8).lines().count());
            assertArrayEquals(jena.toByteArray(), DatasetFiles.nquads(d));
        }
    }

    @Test
    void aBuildCanWriteTheNQuadsOnly(@TempDir Path tmp) throws IOException {
        Path both = tmp.resolve("both");
        Path nq = tmp.resolve("nq");
        DatasetFiles.write(TestGraph.dataset(), both, IriBase.CANONICAL);
        Files.createDirectories(nq);
        Files.writeString(nq.resolve(DatasetFiles.TRIG), "# left by an earlier build");
        DatasetFiles.write(TestGraph.dataset(), nq, IriBase.CANONICAL, Set.of(DatasetFiles.NQUADS));
        try (Stream<Path> files = Files.list(nq)) {
            assertEquals(List.of(DatasetFiles.NQUADS), files.map(f -> f.getFileName().toString()).toList(),
                    "the folder holds exactly the dump asked for");
        }
        assertArrayEquals(Files.readAllBytes(both.resolve(DatasetFiles.NQUADS)), Files.readAllBytes(nq.resolve(DatasetFiles.NQUADS)));
        assertThrows(IllegalArgumentException.class,
                () -> DatasetFiles.write(TestGraph.dataset(), nq, IriBase.CANONICAL, Set.of("china-ai.ttl")));
    }

    @Test
    void everyLiteralsFormIsWhatJenasNTriplesFormatterWrites() {
        // The literals whose form is made here without Jena's writer, and those that must still go through it.
        String xsd = "http://www.w3.org/2001/XMLSchema#";
        List<Node> literals = new java.util.ArrayList<>(List.of(
                NodeFactory.createLiteralString("plain"), NodeFactory.createLiteralString(""),
                NodeFactory.createLiteralLang("K\u00fcnstliche Intelligenz \u4eba\u5de5\u667a\u80fd", "de"),
                NodeFactory.createLiteralLang("mixed Case", "en-GB"),
                NodeFactory.createLiteralDirLang("\u0645\u0631\u062d\u0628\u0627", "ar", "rtl"),
                NodeFactory.createLiteralDT("2024-03", org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(xsd + "gYearMonth")),
                NodeFactory.createLiteralDT("x", org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName("http://example.org/dt x")),
                NodeFactory.createLiteralDT("1.50", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal),
                NodeFactory.createLiteralString("emoji \ud83d\ude00 pair"), NodeFactory.createLiteralString("del \u007f")));
        for (String awkward : List.of("quote \"", "back\\slash", "new\nline", "tab\t", "cr\r", "ff\f", "nul\u0000",
                "bell\u0007", "replacement \ufffd", "lone \ud83d high", "lone \ude00 low", "end \ud83d")) {
            literals.add(NodeFactory.createLiteralString(awkward));
            literals.add(NodeFactory.createLiteralLang(awkward, "de"));
        }
        for (Node n : literals) {
            assertEquals(org.apache.jena.riot.out.NodeFmtLib.strNT(n), DatasetFiles.ntForm(n), n::toString);
        }
    }
}
