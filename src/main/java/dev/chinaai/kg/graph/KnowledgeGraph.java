package dev.chinaai.kg.graph;

import dev.chinaai.kg.annotation.Annotations;
import dev.chinaai.kg.annotation.yaml.AnnotationLoader;
import dev.chinaai.kg.diagnostics.KgException;
import dev.chinaai.kg.mapping.Iris;
import dev.chinaai.kg.mapping.MappingEngine;
import dev.chinaai.kg.project.ProjectLayout;
import dev.chinaai.kg.seed.SeedCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The build pipeline: seeds, annotations, mapping, plus the ontology as a
 * graph of its own. Returns the dataset under the canonical base and how long
 * each stage took.
 */
public final class KnowledgeGraph {
    private KnowledgeGraph() {
    }

    /** A built dataset and the time of each stage in milliseconds, in stage order. */
    public record Built(DatasetGraph dataset, Map<String, Long> stageMillis) {
    }

    public static Built build(ProjectLayout layout) {
        return build(layout, stage -> { });
    }

    /** Builds, telling {@code onStage} the name of each stage as it starts (for progress lines). */
    public static Built build(ProjectLayout layout, java.util.function.Consumer<String> onStage) {
        Map<String, Long> times = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        onStage.accept("read seeds");
        SeedCorpus seeds = SeedCorpus.load(layout.seeds());
        long t1 = System.nanoTime();
        times.put("read seeds", (t1 - t0) / 1_000_000);
        onStage.accept("parse annotations");
        Annotations annotations = AnnotationLoader.load(layout.mappings(), "mappings/");
        long t2 = System.nanoTime();
        times.put("parse annotations", (t2 - t1) / 1_000_000);
        onStage.accept("locate quotes and map");
        DatasetGraph dataset = MappingEngine.map(annotations, seeds);
        long t3 = System.nanoTime();
        times.put("locate quotes and map", (t3 - t2) / 1_000_000);
        onStage.accept("add ontology");
        Graph ontology = readTurtleFolder(layout.ontology(), layout);
        ontology.find().forEachRemaining(t -> dataset.add(Iris.ONTOLOGY_GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
        // Class queries answer as the ontology says: superclass types, each in the graph of the type it follows from.
        ClassClosure.materialise(dataset, ontology);
        times.put("add ontology", (System.nanoTime() - t3) / 1_000_000);
        return new Built(dataset, times);
    }

    /** Reads every {@code .ttl} file of a folder into one graph; a syntax error names the file, line and column. */
    public static Graph readTurtleFolder(Path dir, ProjectLayout layout) {
        Graph g = GraphFactory.createDefaultGraph();
        // Blank nodes (OWL unions, RDF lists) get labels in parse order, shared over
        // the folder's files, so that two builds write byte-identical files.
        LabelToNode labels = LabelToNode.createIncremental();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".ttl")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(f)) {
                    RDFParser.source(in).lang(Lang.TURTLE).base(f.toUri().toString()).labelToNode(labels).parse(g);
                } catch (RiotException e) {
                    throw new KgException(layout.display(f) + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new KgException(layout.display(dir) + ": cannot read: " + e.getMessage(), e);
        }
        return g;
    }
}
