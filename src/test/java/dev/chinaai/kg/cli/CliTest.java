package dev.chinaai.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line on the real project: help, build and validate. */
class CliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "validate"})
    void everyCommandHasHelp(String command) {
        assertEquals(0, run(command, "--help"));
        assertTrue(out.toString().startsWith("Usage: china-ai-kg " + command), out.toString());
        assertTrue(out.toString().contains("--project"), out.toString());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(2, run("build", "--outt", "x"));
        assertTrue(err.toString().contains("--outt"), err.toString());
    }

    @Test
    void watchingAStoreIsAUsageErrorBeforeAnythingIsBuilt(@TempDir Path tmp) {
        assertEquals(2, run("serve", "--watch", "--store", tmp.resolve("store").toString(), "--port", "0"));
        assertTrue(err.toString().contains("--watch rebuilds the graph in memory and cannot serve a store"), err.toString());
        assertTrue(!Files.exists(tmp.resolve("store")), "no store was built");
    }

    @Test
    void buildWritesTrigAndNQuadsUnderTheGivenBase(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("ds");
        assertEquals(0, run("build", "--out", dir.toString(), "--base", "https://kg.example.org/"), err.toString());
        String nq = Files.readString(dir.resolve("china-ai.nq"));
        assertTrue(nq.contains("<https://kg.example.org/id/jensen-huang>"));
        assertTrue(!nq.contains("http://localhost:3030/"), "every IRI is rewritten to the base");
        assertTrue(out.toString().contains("quads"), out.toString());
        RDFDataMgr.loadDatasetGraph(dir.resolve("china-ai.trig").toString());
    }

    @Test
    void dumpsNamesTheFilesABuildWrites(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("ds");
        assertEquals(2, run("build", "--out", dir.toString(), "--dumps", "nq,ttl"));
        assertTrue(err.toString().contains("--dumps: 'ttl' is not a dump format; give nq, trig or nq,trig"), err.toString());
        assertTrue(!Files.exists(dir), "a usage error writes nothing");
        assertEquals(0, run("build", "--out", dir.toString(), "--dumps", "nq"), err.toString());
        try (var files = Files.list(dir)) {
            assertEquals(java.util.List.of("china-ai.nq"), files.map(f -> f.getFileName().toString()).toList());
        }
        assertTrue(out.toString().contains("written to " + dir + " (china-ai.nq)"), out.toString());
    }

    @Test
    void validateWritesTheW3cReport(@TempDir Path tmp) {
        Path report = tmp.resolve("report.ttl");
        assertEquals(0, run("validate", "--report", report.toString()), err.toString());
        Model m = RDFDataMgr.loadModel(report.toString());
        var sh = "http://www.w3.org/ns/shacl#";
        assertTrue(m.contains(null, RDF.type, m.createResource(sh + "ValidationReport")));
        assertTrue(m.contains(null, m.createProperty(sh + "conforms"), m.createTypedLiteral(true)));
        assertTrue(out.toString().contains("0 violations"), out.toString());
    }
}
