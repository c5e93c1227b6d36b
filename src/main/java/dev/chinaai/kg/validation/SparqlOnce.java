package dev.chinaai.kg.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.NodeShape;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathFactory;

/**
 * SHACL validation in which the SHACL-SPARQL constraints of node shapes are
 * evaluated once over the whole data graph instead of once per focus node.
 *
 * <p>Jena's validator runs each {@code sh:sparql} query again for every focus
 * node, with {@code $this} substituted, and plans the query anew each time: at
 * 100x the seeds that planning was 39 % of all SHACL time. Here each such
 * query runs once with {@code $this} free and a row counts for the focus node
 * it binds, if that node is in the shape's target (Jena's own focus-node
 * computation, so sh:targetClass follows rdfs:subClassOf as it does there).
 * {@link PreBinding} says when that gives the same rows; any other constraint,
 * and every other constraint component, is left to Jena, which validates a copy
 * of the shapes graph without the {@code sh:sparql} triples of the shapes
 * evaluated here (with the faster conformance checks of
 * {@link QuickConformance}, which leave every report entry Jena's). A shape is taken over whole (all its SPARQL constraints or
 * none), only if it is a node shape with a target, is not deactivated, and no
 * triple of the shapes graph points at it (a shape reached through sh:node,
 * sh:not, sh:or ... is validated inside another one, where its constraints
 * must stay). Report entries are made as Jena makes them for a SELECT row:
 * value {@code ?value} or else the focus node, path {@code ?path} if
 * projected, message with projected variables filled in, the shape as source.
 */
final class SparqlOnce {
    private final Shapes rest;
    private final Map<Shape, List<SparqlConstraint>> once;

    private SparqlOnce(Shapes rest, Map<Shape, List<SparqlConstraint>> once) {
        this.rest = rest;
        this.once = once;
    }

    /** Splits the shapes: SPARQL constraints to evaluate once, the rest for Jena. */
    static SparqlOnce plan(Shapes shapes) {
        Graph graph = shapes.getGraph();
        Map<Shape, List<SparqlConstraint>> once = new LinkedHashMap<>();
        for (Shape shape : shapes.getTargetShapes()) {
            List<SparqlConstraint> sparql = new ArrayList<>();
            boolean all = shape instanceof NodeShape && !shape.deactivated()
                    && !graph.contains(Node.ANY, Node.ANY, shape.getShapeNode());
            for (Constraint c : shape.getConstraints()) {
                if (c instanceof SparqlConstraint sc) {
                    sparql.add(sc);
                    all &= PreBinding.whyNot(sc.getQuery(), sc.getMessage()).isEmpty();
                }
            }
            if (all && !sparql.isEmpty()) {
                once.put(shape, sparql);
            }
        }
        Set<Node> taken = new HashSet<>();
        once.keySet().forEach(s -> taken.add(s.getShapeNode()));
        Graph rest = GraphMemFactory.createDefaultGraph();
        rest.getPrefixMapping().setNsPrefixes(graph.getPrefixMapping());
        graph.find().forEachRemaining(t -> {
            if (!(t.getPredicate().equals(SHACL.sparql) && taken.contains(t.getSubject()))) {
                rest.add(t);
            }
        });
        Shapes restShapes = Shapes.parse(rest);
        SparqlOnce plan = sameShapesOtherwise(shapes, restShapes, once) ? new SparqlOnce(restShapes, once)
                : new SparqlOnce(shapes, Map.of());
        QuickConformance.install(plan.rest);
        return plan;
    }

    /**
     * Whether the copy parsed to the same target shapes, each with the same
     * constraints less those taken here: a guard against a shapes graph in
     * which removing a triple changes more than it should.
     */
    private static boolean sameShapesOtherwise(Shapes all, Shapes rest, Map<Shape, List<SparqlConstraint>> once) {
        Map<Node, Integer> expected = new LinkedHashMap<>();
        all.getTargetShapes().forEach(s -> expected.put(s.getShapeNode(),
                s.getConstraints().size() - once.getOrDefault(s, List.of()).size()));
        Map<Node, Integer> actual = new LinkedHashMap<>();
        rest.getTargetShapes().forEach(s -> actual.put(s.getShapeNode(), s.getConstraints().size()));
        return expected.equals(actual);
    }

    private boolean taken(Node shapeNode) {
        return once.keySet().stream().anyMatch(s -> s.getShapeNode().equals(shapeNode));
    }

    /** The node shapes whose SPARQL constraints are evaluated once (for tests and the record). */
    Collection<Shape> evaluatedOnce() {
        return once.keySet();
    }

    /** Validates the data: Jena for everything but the SPARQL constraints taken over, then those, into one report. */
    ValidationReport validate(Graph graph) {
        // Jena's constraints see the graph through the wrapper that sh:class asks (see QuickConformance).
        Graph data = new TypeClosureGraph(graph);
        ValidationContext vCxt = ValidationContext.create(rest, data);
        // A shape taken over is also in the rest (less its SPARQL constraints), with the same targets: its focus
        // nodes (a class and its subclasses' instances) are found once, for both.
        Map<Node, Collection<Node>> focusOfTaken = new HashMap<>();
        for (Shape shape : rest.getTargetShapes()) {
            Collection<Node> focus = VLib.focusNodes(data, shape);
            if (taken(shape.getShapeNode())) {
                focusOfTaken.put(shape.getShapeNode(), focus);
            }
            for (Node f : focus) {
                VLib.validateShape(vCxt, data, shape, f);
            }
        }
        once.forEach((shape, constraints) -> {
            Collection<Node> focus = focusOfTaken.computeIfAbsent(shape.getShapeNode(), n -> VLib.focusNodes(data, shape));
            if (!focus.isEmpty()) {
                constraints.forEach(c -> evaluate(vCxt, graph, shape, c, focus));
            }
        });
        return vCxt.generateReport();
    }

    private static void evaluate(ValidationContext vCxt, Graph data, Shape shape, SparqlConstraint c,
            Collection<Node> focus) {
        Var value = Var.alloc("value");
        Var path = Var.alloc("path");
        List<Var> projected = c.getQuery().getProjectVars();
        try (QueryExecution qe = QueryExecution.create().query(c.getQuery())
                .dataset(org.apache.jena.query.DatasetFactory.wrap(DatasetGraphFactory.wrap(data))).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                Binding row = rs.nextBinding();
                Node thisNode = row.get(PreBinding.THIS);
                if (!focus.contains(thisNode)) {
                    continue;
                }
                Node v = row.get(value);
                Node p = projected.contains(path) ? row.get(path) : null;
                Path rPath = p == null ? null : PathFactory.pathLink(p);
                Node reported = v == null ? thisNode : v;
                vCxt.reportEntry(message(c.getMessage(), row, projected, thisNode, reported), shape, thisNode, rPath,
                        reported, c, shape.getShapeNode());
            }
        }
    }

    /** The message with each projected variable the row binds filled in, as Jena fills a SELECT row's. */
    private static String message(String template, Binding row, List<Var> projected, Node focus, Node value) {
        if (template == null) {
            // Jena's text for a constraint without sh:message (a node shape's row always has a value: ?value or the focus node).
            return "SPARQL SELECT constraint for " + ShLib.displayStr(focus) + " returns " + ShLib.displayStr(value);
        }
        String out = template;
        for (Var var : projected) {
            Node n = row.get(var);
            if (n != null) {
                String text = PreBinding.placeholderValue(n);
                out = out.replace("{?" + var.getVarName() + "}", text).replace("{$" + var.getVarName() + "}", text);
            }
        }
        return out;
    }
}
