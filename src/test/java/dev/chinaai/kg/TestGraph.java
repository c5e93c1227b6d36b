package dev.chinaai.kg;

import dev.chinaai.kg.graph.KnowledgeGraph;
import dev.chinaai.kg.project.ProjectLayout;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** The real graph built once from this checkout and shared by the tests that query it. */
public final class TestGraph {
    public static final ProjectLayout LAYOUT = new ProjectLayout(Path.of("").toAbsolutePath());
    private static DatasetGraph built;

    private TestGraph() {
    }

    public static synchronized DatasetGraph dataset() {
        if (built == null) {
            built = KnowledgeGraph.build(LAYOUT).dataset();
        }
        return built;
    }

    /** The dataset with its named graphs (queries use GRAPH). */
    public static Dataset asDataset() {
        return DatasetFactory.wrap(dataset());
    }

    /** The union of all named graphs as the default graph: what the public endpoint shows without GRAPH. */
    public static Dataset union() {
        return DatasetFactory.wrap(DatasetGraphFactory.wrap(dataset().getUnionGraph()));
    }
}
