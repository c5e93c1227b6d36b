package dev.chinaai.kg.validation;

import dev.chinaai.kg.diagnostics.KgException;
import org.apache.jena.shacl.parser.ShaclParseException;

import dev.chinaai.kg.graph.KnowledgeGraph;
import dev.chinaai.kg.project.ProjectLayout;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Validates a dataset (all its named graphs together, as the public default
 * graph shows them) against the shapes in {@code shapes/}. The shapes use
 * SHACL Core and SHACL-SPARQL only, so any SHACL engine can re-check the
 * published data.
 */
public final class GraphValidator {
    private final SparqlOnce shapes;

    private GraphValidator(Shapes shapes) {
        this.shapes = SparqlOnce.plan(shapes);
    }

    public static GraphValidator fromProject(ProjectLayout layout) {
        try {
            return new GraphValidator(Shapes.parse(KnowledgeGraph.readTurtleFolder(layout.shapes(), layout)));
        } catch (ShaclParseException e) {
            throw new KgException(layout.display(layout.shapes()) + ": the shapes are not valid SHACL: " + e.getMessage()
                    + "; fix the shape the message names", e);
        }
    }

    public static GraphValidator of(Graph shapesGraph) {
        return new GraphValidator(Shapes.parse(shapesGraph));
    }

    /**
     * Validates the union of the named graphs, copied into one in-memory graph
     * first: the same set of triples as the union view, but each of the shapes'
     * lookups is one index probe instead of one per named graph.
     */
    public ValidationResult validate(DatasetGraph dataset) {
        Graph union = GraphMemFactory.createDefaultGraph();
        dataset.find().forEachRemaining(q -> {
            if (!q.isDefaultGraph()) {
                union.add(q.asTriple());
            }
        });
        return validate(union);
    }

    public ValidationResult validate(Graph data) {
        ValidationReport report = report(data);
        PrefixMapping pm = PrefixMapping.Factory.create().setNsPrefixes(dev.chinaai.kg.graph.Prefixes.standard(
                dev.chinaai.kg.graph.IriBase.CANONICAL));
        List<String> lines = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            lines.add("violation: " + e.message() + "\n  focus node: " + fmt(e.focusNode(), pm)
                    + "\n  path:       " + (e.resultPath() == null ? "-" : e.resultPath().toString(new org.apache.jena.sparql.core.Prologue(pm)))
                    + "\n  value:      " + fmt(e.value(), pm)
                    + "\n  shape:      " + fmt(e.source(), pm));
        }
        lines.sort(null);
        return new ValidationResult(report.conforms(), lines, report.getGraph());
    }

    /**
     * Jena's report for the shapes, but with each SHACL-SPARQL constraint that
     * allows it evaluated once over the graph rather than once per focus node
     * (see {@link SparqlOnce}): the same entries, found in one query each.
     */
    ValidationReport report(Graph data) {
        return shapes.validate(data);
    }

    /** The node shapes whose SPARQL constraints run once over the graph (tests say which stay per focus node). */
    java.util.Collection<org.apache.jena.shacl.parser.Shape> evaluatedOnce() {
        return shapes.evaluatedOnce();
    }

    private static String fmt(Node n, PrefixMapping pm) {
        if (n == null) {
            return "-";
        }
        String s = NodeFmtLib.str(n, org.apache.jena.riot.system.PrefixMapFactory.create(pm));
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
