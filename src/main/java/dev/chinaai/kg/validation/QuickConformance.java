package dev.chinaai.kg.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.ClassConstraint;
import org.apache.jena.shacl.engine.constraint.QualifiedValueShape;
import org.apache.jena.shacl.engine.constraint.ShAnd;
import org.apache.jena.shacl.engine.constraint.ShNode;
import org.apache.jena.shacl.engine.constraint.ShNot;
import org.apache.jena.shacl.engine.constraint.ShOr;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportItem;
import org.apache.jena.shacl.validation.ValidationProc;
import org.apache.jena.sparql.path.Path;

/**
 * Replaces, in parsed shapes, the constraints that ask whether a value conforms
 * to another shape (sh:or, sh:and, sh:not, sh:node, sh:qualifiedValueShape) and
 * sh:class with subclasses that find the common answer, "passes", faster, and
 * leave everything else to Jena's own code.
 *
 * <p>Jena decides whether a value conforms to a nested shape by building the
 * nested context's whole validation report, an RDF model, and asking it; its
 * sh:xone asks the context whether it saw a result instead, which is the same
 * answer (a report conforms when it has no entries, and every entry goes
 * through the context). The subclasses here ask the context too. When the
 * answer is "passes" they return it; otherwise they call Jena's method, which
 * checks again and makes the report entry, so every message, value and
 * component of the report stays Jena's. sh:class asks {@link TypeClosureGraph}
 * where the data graph is one, which works each class's superclasses out once;
 * inside a nested check, whose entries are counted and never read, it makes
 * its own entry for a value not of the class instead of Jena's.
 *
 * <p>The qualified value shape skips Jena's listener events when it passes:
 * the contexts of {@link SparqlOnce} have no listener.
 */
final class QuickConformance {
    private QuickConformance() {
    }

    /** Swaps the constraints of every shape reachable from {@code shapes}, nested shapes included. */
    static void install(Shapes shapes) {
        Set<Shape> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Shape> todo = new ArrayList<>(shapes.getShapeMap().values());
        while (!todo.isEmpty()) {
            Shape shape = todo.remove(todo.size() - 1);
            if (!seen.add(shape)) {
                continue;
            }
            todo.addAll(shape.getPropertyShapes());
            Collection<Constraint> constraints = shape.getConstraints();
            List<Constraint> swapped = new ArrayList<>(constraints.size());
            for (Constraint c : constraints) {
                swapped.add(swap(c, todo));
            }
            constraints.clear();
            constraints.addAll(swapped);
        }
    }

    /**
     * The constraint to use instead of {@code c} (itself if it is none of the
     * kinds swapped here); the shapes it validates values against go to
     * {@code nested}. A constraint swapped before is swapped again for an equal one.
     */
    private static Constraint swap(Constraint c, List<Shape> nested) {
        if (c instanceof ShOr or) {
            nested.addAll(or.getOthers());
            return new Or(or.getOthers());
        } else if (c instanceof ShAnd and) {
            nested.addAll(and.getOthers());
            return new And(and.getOthers());
        } else if (c instanceof ShNot not) {
            nested.add(not.getOther());
            return new Not(not.getOther());
        } else if (c instanceof ShNode node) {
            nested.add(node.getOther());
            return new NodeRef(node.getOther());
        } else if (c instanceof QualifiedValueShape q) {
            nested.add(q.getSub());
            return q.qDisjoint() ? q : new Qualified(q.getSub(), q.qMin(), q.qMax());
        } else if (c instanceof ClassConstraint cls) {
            return new ClassOf(cls.getExpectedClass());
        }
        return c;
    }

    /**
     * How many {@link #conforms} calls the current thread is inside: there a
     * failing value's entry is only counted (is there one?), never read.
     */
    private static final ThreadLocal<int[]> ASKING = ThreadLocal.withInitial(() -> new int[1]);

    /** Whether {@code value} conforms to {@code shape}: no result in a nested context. */
    static boolean conforms(ValidationContext vCxt, Graph data, Shape shape, Node value) {
        ValidationContext nested = ValidationContext.create(vCxt);
        int[] depth = ASKING.get();
        depth[0]++;
        try {
            ValidationProc.execValidateShape(nested, data, shape, value);
        } finally {
            depth[0]--;
        }
        return !nested.hasViolation();
    }

    /** Whether the value conforms ({@code conforming}) or fails to conform (otherwise) to at least one of the shapes. */
    private static boolean any(ValidationContext vCxt, Graph data, List<Shape> shapes, Node value, boolean conforming) {
        for (Shape sh : shapes) {
            if (conforms(vCxt, data, sh, value) == conforming) {
                return true;
            }
        }
        return false;
    }

    private static final class Or extends ShOr {
        Or(List<Shape> others) {
            super(others);
        }

        @Override
        public ReportItem validate(ValidationContext vCxt, Graph data, Node node) {
            return any(vCxt, data, others, node, true) ? null : super.validate(vCxt, data, node);
        }
    }

    private static final class And extends ShAnd {
        And(List<Shape> others) {
            super(others);
        }

        @Override
        public ReportItem validate(ValidationContext vCxt, Graph data, Node node) {
            return any(vCxt, data, others, node, false) ? super.validate(vCxt, data, node) : null;
        }
    }

    private static final class Not extends ShNot {
        Not(Shape other) {
            super(other);
        }

        @Override
        public ReportItem validate(ValidationContext vCxt, Graph data, Node node) {
            return conforms(vCxt, data, other, node) ? super.validate(vCxt, data, node) : null;
        }
    }

    private static final class NodeRef extends ShNode {
        NodeRef(Shape other) {
            super(other);
        }

        @Override
        public ReportItem validate(ValidationContext vCxt, Graph data, Node node) {
            return conforms(vCxt, data, other, node) ? null : super.validate(vCxt, data, node);
        }
    }

    private static final class Qualified extends QualifiedValueShape {
        Qualified(Shape sub, int qMin, int qMax) {
            super(sub, qMin, qMax, false);
        }

        @Override
        public void validatePropertyShape(ValidationContext vCxt, Graph data, Shape shape, Node focusNode, Path path,
                Set<Node> valueNodes) {
            int count = 0;
            for (Node v : valueNodes) {
                if (conforms(vCxt, vCxt.getDataGraph(), getSub(), v)) {
                    count++;
                }
            }
            boolean passes = (qMin() < 0 || count >= qMin()) && (qMax() < 0 || count <= qMax());
            if (!passes) {
                super.validatePropertyShape(vCxt, data, shape, focusNode, path, valueNodes);
            }
        }
    }

    private static final class ClassOf extends ClassConstraint {
        /** The message of an entry made inside {@link #conforms}, which only counts entries. */
        private final String notOfClass;

        ClassOf(Node expectedClass) {
            super(expectedClass);
            this.notOfClass = "not of class " + expectedClass.getLocalName();
        }

        /**
         * Where the closure answers: null if the value is of the class; if not, inside {@link #conforms} an entry
         * that is only counted, and at the top level Jena's, which checks again and writes the message. In a
         * shard's build the failing alternatives of sh:or (a place asked whether it is an actor) had Jena check
         * each twice and format a message nobody reads (the formatting alone was 5.2 % of a shard build's samples).
         */
        @Override
        public ReportItem validate(ValidationContext vCxt, Graph data, Node focusNode) {
            if (data instanceof TypeClosureGraph closure) {
                if (!focusNode.isLiteral() && closure.hasType(focusNode, getExpectedClass())) {
                    return null;
                }
                if (ASKING.get()[0] > 0) {
                    return new ReportItem(notOfClass, focusNode);
                }
            }
            return super.validate(vCxt, data, focusNode);
        }
    }
}
