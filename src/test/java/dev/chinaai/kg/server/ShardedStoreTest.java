package dev.chinaai.kg.server;

import dev.chinaai.kg.server.options.ServerOptions;
import dev.chinaai.kg.server.store.Store;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import dev.chinaai.kg.diagnostics.KgException;
import dev.chinaai.kg.graph.DatasetFiles;
import dev.chinaai.kg.graph.IriBase;
import dev.chinaai.kg.graph.KnowledgeGraph;
import dev.chinaai.kg.project.ProjectLayout;
import dev.chinaai.kg.synth.SyntheticCorpus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus built in shards (synth --first) and loaded from their dumps holds
 * exactly what the whole corpus built at once holds: shards share no ids, and
 * the ontology they all carry, blank nodes included, is stored once.
 */
class ShardedStoreTest {
    @TempDir
    Path dir;

    @Test
    void twoShardsLoadedTogetherEqualTheWholeBuiltAtOnce() throws Exception {
        SyntheticCorpus.write(TestGraph.LAYOUT, dir.resolve("a"), 2, 0);
        SyntheticCorpus.write(TestGraph.LAYOUT, dir.resolve("b"), 2, 2);
        SyntheticCorpus.write(TestGraph.LAYOUT, dir.resolve("whole"), 4, 0);
        for (String shard : List.of("a", "b")) {
            DatasetFiles.write(KnowledgeGraph.build(new ProjectLayout(dir.resolve(shard))).dataset(), dir.resolve("out-" + shard),
                    IriBase.CANONICAL);
        }
        DatasetGraph whole = KnowledgeGraph.build(new ProjectLayout(dir.resolve("whole"))).dataset();
        Path store = dir.resolve("store");
        Store.Info info = Store.load(TestGraph.LAYOUT, List.of(dir.resolve("out-a").resolve(DatasetFiles.NQUADS),
                dir.resolve("out-b").resolve(DatasetFiles.NQUADS)), IriBase.CANONICAL, store, null, new PrintWriter(new StringWriter()));
        assertEquals(whole.stream().count(), info.quads(), "the ontology's quads once, not once per shard");

        KgServer server = KgServer.startFromStore(TestGraph.LAYOUT, store, ServerOptions.defaults().withPort(0),
                new PrintWriter(new StringWriter()));
        try {
            HttpClient http = HttpClient.newHttpClient();
            String dump = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/dump.nq")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            DatasetGraph served = DatasetGraphFactory.create();
            RDFParser.fromString(dump, Lang.NQUADS).parse(served);
            Set<Quad> expected = withoutBlankNodes(whole);
            Set<Quad> actual = withoutBlankNodes(served);
            assertTrue(expected.equals(actual), () -> "missing: " + difference(expected, actual) + "; extra: " + difference(actual, expected));
            String q = URLEncoder.encode("SELECT ?s WHERE { ?s a <http://localhost:3030/ontology#Article> }", StandardCharsets.UTF_8);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + server.port() + "/sparql?query=" + q)).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(1 + 4 * 5, r.body().lines().count(), "header and the four copies of five articles");
            assertTrue(r.body().contains("/id/article-004k0003"), r.body());
        } finally {
            server.close();
        }
    }

    @Test
    void aMissingDumpIsOneClearError() {
        Path missing = dir.resolve("no-such.nq");
        KgException e = assertThrows(KgException.class,
                () -> Store.load(TestGraph.LAYOUT, List.of(missing), IriBase.CANONICAL, dir.resolve("s"), null, new PrintWriter(new StringWriter())));
        assertEquals(missing + ": no such file; give the N-Quads files that `build` wrote (china-ai.nq)", e.getMessage());
    }

    /** A dump read from a named pipe while it is written (bench/scale.sh overlaps the load with the shards so). */
    @Test
    void aDumpMayBeANamedPipeButNotAFolder() throws Exception {
        DatasetFiles.write(TestGraph.dataset(), dir.resolve("out"), IriBase.CANONICAL, Set.of(DatasetFiles.NQUADS));
        Path file = dir.resolve("out").resolve(DatasetFiles.NQUADS);
        Path pipe = dir.resolve("pipe.nq");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
        Thread feeder = new Thread(() -> {
            try (var out = java.nio.file.Files.newOutputStream(pipe)) {
                java.nio.file.Files.copy(file, out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        feeder.start();
        PrintWriter log = new PrintWriter(new StringWriter());
        Store.Info fromPipe = Store.load(TestGraph.LAYOUT, List.of(pipe), IriBase.CANONICAL, dir.resolve("s1"), null, log);
        feeder.join(10_000);
        Store.Info fromFile = Store.load(TestGraph.LAYOUT, List.of(file), IriBase.CANONICAL, dir.resolve("s2"), null, log);
        assertEquals(fromFile.quads(), fromPipe.quads());
        assertEquals(fromFile.digest(), fromPipe.digest());

        KgException e = assertThrows(KgException.class,
                () -> Store.load(TestGraph.LAYOUT, List.of(dir.resolve("out")), IriBase.CANONICAL, dir.resolve("s3"), null, log));
        assertEquals(dir.resolve("out") + ": is a folder; give the N-Quads files that `build` wrote (china-ai.nq) in it",
                e.getMessage());
    }

    @Test
    void aDumpThatIsNotNQuadsNamesFileLineAndColumnAndLeavesNoStore() throws Exception {
        Path bad = java.nio.file.Files.writeString(dir.resolve("bad.nq"),
                "<http://a> <http://b> <http://c> <http://g> .\n<http://a> <http://b> <http://c> <http://g> <http://h> .\n");
        Path store = dir.resolve("s");
        KgException e = assertThrows(KgException.class,
                () -> Store.load(TestGraph.LAYOUT, List.of(bad), IriBase.CANONICAL, store, null, new PrintWriter(new StringWriter())));
        assertTrue(e.getMessage().startsWith(bad + ":2:"), e.getMessage());
        assertTrue(e.getMessage().contains("not N-Quads as `build` writes them"), e.getMessage());
        try (var files = java.nio.file.Files.list(dir)) {
            assertEquals(List.of("bad.nq"), files.map(f -> f.getFileName().toString()).toList(), "no store, no half-written folder");
        }
    }

    private static String difference(Set<Quad> a, Set<Quad> b) {
        return a.stream().filter(q -> !b.contains(q)).limit(3).map(Quad::toString).collect(Collectors.joining(", "))
                + " (" + a.stream().filter(q -> !b.contains(q)).count() + " in all)";
    }

    /** The quads without blank nodes, xsd:decimal objects by value: TDB2 stores decimals as values ("3" comes back "3.0"). */
    private static Set<Quad> withoutBlankNodes(DatasetGraph d) {
        return d.stream().filter(q -> !q.getSubject().isBlank() && !q.getObject().isBlank())
                .map(q -> q.getObject().isLiteral() && XSDDatatype.XSDdecimal.getURI().equals(q.getObject().getLiteralDatatypeURI())
                        ? new Quad(q.getGraph(), q.getSubject(), q.getPredicate(), NodeFactory.createLiteralDT(
                                new BigDecimal(q.getObject().getLiteralLexicalForm()).stripTrailingZeros().toPlainString(),
                                XSDDatatype.XSDdecimal))
                        : q)
                .collect(Collectors.toSet());
    }
}
