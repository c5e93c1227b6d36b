package dev.chinaai.kg.server.store.count;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.AggCount;
import org.apache.jena.sparql.expr.aggregate.AggCountDistinct;
import org.apache.jena.sparql.expr.aggregate.AggCountVar;
import org.apache.jena.sparql.expr.aggregate.AggCountVarDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;

/**
 * A GROUP BY of COUNTs over a single quad pattern, such as count per class
 * ({@code SELECT ?c (COUNT(?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c}), planned
 * as one scan of a TDB2 index whose order puts the pattern's constants first
 * (a range; where no order allows that, they are checked on each entry), then
 * the group keys, then the variable counted distinctly, so that
 * every group, every distinct value and (over the union graph) every copy of a
 * triple in several graphs is a run of adjacent index entries. Counting runs on
 * node ids; only the group keys are decoded. ARQ instead builds a solution per
 * matching quad and decodes two nodes for it, which at 1000x (5.5 M type
 * triples) took longer than the query timeout.
 *
 * <p>Quad slots are in TDB2's natural order: 0 graph, 1 subject, 2 predicate,
 * 3 object. A plan exists only where its answer equals ARQ's: plain variables
 * as group keys, only COUNT(*), COUNT(?v), COUNT(DISTINCT *) and
 * COUNT(DISTINCT ?v) of variables of the pattern (also of a variable inside a
 * {@link IndexCounts.Watch}), no variable twice in it.
 */
final class CountPlan {
    /** Index orders of the quad table: the three with the graph last serve the union graph. */
    private static final List<String> UNION_ORDERS = List.of("SPOG", "POSG", "OSPG");
    private static final List<String> ORDERS = List.of("GSPO", "GPOS", "GOSP", "SPOG", "POSG", "OSPG");
    /** The letters of index names, by natural slot: 0 graph, 1 subject, 2 predicate, 3 object. */
    static final String SLOTS = "GSPO";
    /** Where a slot must come in the index order: a smaller rank before a larger one. */
    private static final int CONSTANT = 0;
    private static final int GROUP = 1;
    private static final int DISTINCT = 2;
    private static final int OTHER = 3;
    private static final int IGNORED = 4;

    /** A count the plan answers: the aggregate's variable, and whether it counts distinct values of the distinct slot. */
    record Count(Var var, boolean distinct) {
    }

    /** One group as the scan counted it: its key nodes by slot (null elsewhere), its rows and its distinct values. */
    record Group(Node[] keys, long rows, long distinct) {
    }

    /**
     * What a plan's groups depend on: the graph it reads, its constants, the slots it groups by (in any
     * order) and the slot it counts distinctly. Two plans with equal keys have the same groups.
     */
    record Key(boolean union, List<Node> constants, List<Integer> groupSlots, int distinctSlot) {
    }

    final String index;
    final boolean union;
    /** The pattern in natural order: a constant, or null for a variable or the union graph's ignored slot. */
    final Node[] constants;
    final int[] groupSlots;
    final Var[] groupVars;
    final int distinctSlot;
    final List<Count> counts;

    private CountPlan(String index, boolean union, Node[] constants, int[] groupSlots, Var[] groupVars,
            int distinctSlot, List<Count> counts) {
        this.index = index;
        this.union = union;
        this.constants = constants;
        this.groupSlots = groupSlots;
        this.groupVars = groupVars;
        this.distinctSlot = distinctSlot;
        this.counts = counts;
    }

    /** What this plan's groups depend on. */
    Key key() {
        return new Key(union, Arrays.asList(constants.clone()),
                Arrays.stream(groupSlots).sorted().boxed().toList(), distinctSlot);
    }

    /** The solution of one group: its key nodes bound to the group variables and each count to its variable. */
    Binding solution(Group g) {
        BindingBuilder b = Binding.builder();
        for (int k = 0; k < groupSlots.length; k++) {
            b.add(groupVars[k], g.keys()[groupSlots[k]]);
        }
        for (Count c : counts) {
            b.add(c.var(), NodeValue.makeInteger(c.distinct() ? g.distinct() : g.rows()).asNode());
        }
        return b.build();
    }

    /** The plan for this group, or null where it is not one a single index scan answers as ARQ would. */
    static CountPlan of(OpGroup group) {
        if (!(group.getSubOp() instanceof OpQuadPattern qp) || qp.getPattern().size() != 1) {
            return null;
        }
        Quad quad = qp.getPattern().get(0);
        Node g = qp.getGraphNode();
        boolean union = Quad.isUnionGraph(g);
        if (!union && !g.isVariable() && (!g.isURI() || g.getURI().startsWith("urn:x-arq:"))) {
            return null;   // the default graph and ARQ's other special graph names take other routes in TDB2
        }
        Node[] slots = {union ? null : g, quad.getSubject(), quad.getPredicate(), quad.getObject()};
        Var[] vars = new Var[4];
        for (int i = 0; i < 4; i++) {
            if (slots[i] != null && Var.isVar(slots[i])) {
                vars[i] = Var.alloc(slots[i]);
                for (int j = 0; j < i; j++) {
                    if (vars[i].equals(vars[j])) {
                        return null;   // ?x ?p ?x: a join of two slots, not a run of the index
                    }
                }
            } else if (slots[i] != null && !slots[i].isConcrete()) {
                return null;
            }
        }
        int[] rank = new int[4];
        for (int i = 0; i < 4; i++) {
            rank[i] = slots[i] == null ? IGNORED : vars[i] == null ? CONSTANT : OTHER;
        }
        VarExprList keys = group.getGroupVars();
        int[] groupSlots = new int[keys.size()];
        Var[] groupVars = keys.getVars().toArray(new Var[0]);
        for (int k = 0; k < groupVars.length; k++) {
            int slot = slotOf(vars, groupVars[k]);
            if (keys.getExpr(groupVars[k]) != null || slot < 0) {
                return null;
            }
            groupSlots[k] = slot;
            rank[slot] = GROUP;
        }
        int distinctSlot = -1;
        List<Count> counts = new ArrayList<>();
        for (ExprAggregator ea : group.getAggregators()) {
            Aggregator agg = ea.getAggregator();
            if (agg instanceof AggCount || agg instanceof AggCountDistinct) {
                counts.add(new Count(ea.getVar(), false));   // the pattern's solutions are distinct: DISTINCT * changes nothing
                continue;
            }
            int slot = countedSlot(agg, vars);
            if (slot < 0) {
                return null;
            }
            boolean distinct = agg instanceof AggCountVarDistinct;
            if (distinct) {
                if (rank[slot] == GROUP || (distinctSlot >= 0 && distinctSlot != slot)) {
                    return null;
                }
                distinctSlot = slot;
                rank[slot] = DISTINCT;
            }
            counts.add(new Count(ea.getVar(), distinct));
        }
        String index = order(union ? UNION_ORDERS : ORDERS, rank);
        return index == null ? null
                : new CountPlan(index, union, constantsOf(slots, vars), groupSlots, groupVars, distinctSlot, List.copyOf(counts));
    }

    /** The slot of the one plain variable COUNT(?v) or COUNT(DISTINCT ?v) counts, or -1. */
    private static int countedSlot(Aggregator agg, Var[] vars) {
        if (!(agg instanceof AggCountVar || agg instanceof AggCountVarDistinct)) {
            return -1;
        }
        ExprList args = agg.getExprList();
        if (args == null || args.size() != 1) {
            return -1;
        }
        Expr arg = args.get(0);
        while (arg instanceof IndexCounts.Watch w) {
            arg = w.watched();
        }
        return arg.isVariable() ? slotOf(vars, arg.asVar()) : -1;
    }

    private static int slotOf(Var[] vars, Var v) {
        for (int i = 0; i < vars.length; i++) {
            if (v.equals(vars[i])) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The index order to scan, or null: one along which the ranks of the slots never fall. A constant
     * elsewhere than in the leading slots is checked on each entry instead of bounding the range, and does
     * not break the runs of the slots after it, so an order that fits once constants are left out is taken
     * when none fits with them leading (a full scan, still on ids only).
     */
    private static String order(List<String> orders, int[] rank) {
        for (boolean constantsLead : new boolean[] {true, false}) {
            for (String order : orders) {
                if (fits(order, rank, constantsLead)) {
                    return order;
                }
            }
        }
        return null;
    }

    private static boolean fits(String order, int[] rank, boolean constantsLead) {
        int last = CONSTANT;
        for (char c : order.toCharArray()) {
            int r = rank[SLOTS.indexOf(c)];
            if (r == CONSTANT && !constantsLead) {
                continue;
            }
            if (r < last) {
                return false;
            }
            last = r;
        }
        return true;
    }

    private static Node[] constantsOf(Node[] slots, Var[] vars) {
        Node[] c = new Node[4];
        for (int i = 0; i < 4; i++) {
            c[i] = vars[i] == null ? slots[i] : null;
        }
        return c;
    }
}
