package dev.chinaai.kg.server;

import dev.chinaai.kg.TestGraph;
import dev.chinaai.kg.graph.IriBase;
import dev.chinaai.kg.graph.KnowledgeGraph;
import dev.chinaai.kg.seed.QuoteLocator;
import dev.chinaai.kg.seed.SeedText;
import dev.chinaai.kg.server.http.Publication;
import dev.chinaai.kg.server.linkeddata.Format;
import dev.chinaai.kg.server.linkeddata.RdfWriters;
import dev.chinaai.kg.server.pages.Pages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH microbenchmarks of the project's own hot code (run with bench/jmh.sh, not
 * by the tests): locating a quote in a seed, the whole mapping of the five
 * seeds, building an entity's RDF document, and rendering its HTML page
 * (uncached: the server renders each page once, then serves the bytes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HotPathBenchmark {
    private SeedText seed002;
    private Publication publication;
    private Graph deepseekDocument;

    @Setup
    public void setUp() throws IOException {
        Path f = Path.of("seeds/002_70617a8e01d1f711.txt");
        seed002 = SeedText.of(f.getFileName().toString(), Files.readAllBytes(f));
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        TestGraph.dataset().find().forEachRemaining(data::add);
        publication = new Publication(TestGraph.LAYOUT, data, IriBase.CANONICAL, "/sparql", data.stream().count());
        deepseekDocument = ResourceRoute.document(publication, "/id/deepseek");
    }

    @Benchmark
    public Object locateQuoteInSeed() {
        return QuoteLocator.locate(seed002, "Dies versteht am besten Jensen Huang, der Gründer von NVIDIA, der die US-Sanktionen bitter empfunden hat.",
                null, null, null);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Measurement(iterations = 10)
    public Object mapAllFiveSeeds() {
        return KnowledgeGraph.build(TestGraph.LAYOUT);
    }

    @Benchmark
    public Object entityDocument() {
        return ResourceRoute.document(publication, "/id/deepseek");
    }

    @Benchmark
    public Object entityPageHtml() {
        return Pages.resource(publication, "/id/deepseek", deepseekDocument);
    }

    @Benchmark
    public Object entityDocumentTurtle() {
        return RdfWriters.write(deepseekDocument, Format.TURTLE, IriBase.CANONICAL);
    }
}
