package dev.chinaai.kg.validation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.sparql.syntax.ElementUnion;

/**
 * When evaluating a SHACL-SPARQL SELECT constraint once over the whole data
 * graph, with {@code $this} free, and keeping the rows whose {@code $this} is
 * a focus node gives exactly the rows that pre-binding {@code $this} to each
 * focus node gives (SHACL 5.3.1; Jena substitutes the value into the algebra).
 *
 * <p>The condition, checked on the query's syntax:
 * <ul>
 * <li>a SELECT that projects {@code $this} by name, no {@code SELECT *} (Jena's
 *     pre-bound rows then also carry {@code $currentShape}), no projection
 *     expressions, no aggregates, GROUP BY or HAVING (a group would mix focus
 *     nodes; SAMPLE may pick another row), no LIMIT, OFFSET or REDUCED
 *     (DISTINCT is fine: every row carries its {@code $this});</li>
 * <li>no {@code $shapesGraph}, {@code $currentShape} or {@code $PATH}, no FROM,
 *     VALUES, GRAPH, SERVICE, OPTIONAL, MINUS or subquery anywhere (their
 *     evaluation does not always commute with substitution in ARQ);</li>
 * <li>the WHERE clause is one group of triple and path blocks, FILTERs and
 *     BINDs, and one of its blocks has {@code $this} in a triple, so every row
 *     binds it; a BIND that reads {@code $this} comes after such a block and no
 *     BIND assigns it. A FILTER applies to the whole group, so it sees
 *     {@code $this} bound however it is written, and EXISTS inside it is
 *     evaluated for that row, which is what substituting the value does;</li>
 * <li>the message names in {@code {?x}} or {@code {$x}} only projected variables
 *     (Jena fills them from the row).</li>
 * </ul>
 * Of the project's shapes only cais:InstantShape's constraint (SAMPLE, GROUP BY,
 * HAVING) falls outside and stays with Jena's per-focus evaluation.
 */
final class PreBinding {
    static final Var THIS = Var.alloc("this");
    private static final Pattern RESERVED = Pattern.compile("[?$](shapesGraph|currentShape|PATH)\\b");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[?$]([^{}]+)\\}");

    private PreBinding() {
    }

    /** Why the constraint cannot be evaluated once for all focus nodes, or empty if it can. */
    static Optional<String> whyNot(Query query, String message) {
        if (!query.isSelectType()) {
            return Optional.of("not a SELECT");
        }
        if (query.isQueryResultStar() || !query.getProjectVars().contains(THIS)) {
            return Optional.of("does not project $this by name");
        }
        if (!query.getProject().getExprs().isEmpty() || query.hasAggregators() || query.hasGroupBy()
                || query.hasHaving()) {
            return Optional.of("projection expression, aggregate or grouping");
        }
        if (query.hasLimit() || query.hasOffset() || query.isReduced() || query.hasValues()
                || !query.getGraphURIs().isEmpty() || !query.getNamedGraphURIs().isEmpty()) {
            return Optional.of("LIMIT, OFFSET, REDUCED, VALUES or FROM");
        }
        if (RESERVED.matcher(query.serialize()).find()) {
            return Optional.of("uses $shapesGraph, $currentShape or $PATH");
        }
        if (message != null) {
            Matcher m = PLACEHOLDER.matcher(message);
            while (m.find()) {
                if (!query.getProjectVars().contains(Var.alloc(m.group(1)))) {
                    return Optional.of("message names {?" + m.group(1) + "}, which is not projected");
                }
            }
        }
        if (!(query.getQueryPattern() instanceof ElementGroup where)) {
            return Optional.of("WHERE is not a group");
        }
        boolean bound = false;
        for (Element e : where.getElements()) {
            if (e instanceof ElementPathBlock || e instanceof ElementTriplesBlock) {
                bound |= bindsThis(e);
            } else if (e instanceof ElementBind bind) {
                if (bind.getVar().equals(THIS) || (!bound && mentionsThis(bind.getExpr()))) {
                    return Optional.of("a BIND reads or assigns $this before a triple binds it");
                }
                Optional<String> inner = plainExpr(bind.getExpr());
                if (inner.isPresent()) {
                    return inner;
                }
            } else if (e instanceof ElementFilter filter) {
                Optional<String> inner = plainExpr(filter.getExpr());
                if (inner.isPresent()) {
                    return inner;
                }
            } else {
                return Optional.of("top-level " + e.getClass().getSimpleName());
            }
        }
        return bound ? Optional.empty() : Optional.of("no top-level triple binds $this");
    }

    private static boolean bindsThis(Element block) {
        List<TriplePath> paths = block instanceof ElementPathBlock p ? p.getPattern().getList()
                : ((ElementTriplesBlock) block).getPattern().getList().stream().map(TriplePath::new).toList();
        for (TriplePath tp : paths) {
            if (THIS.equals(tp.getSubject()) || THIS.equals(tp.getObject())
                    || (tp.isTriple() && THIS.equals(tp.getPredicate()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsThis(Expr expr) {
        return expr.toString().matches("(?s).*[?$]this\\b.*");
    }

    /** The patterns of EXISTS and NOT EXISTS inside an expression may hold only blocks, groups, UNIONs, FILTERs and BINDs. */
    private static Optional<String> plainExpr(Expr expr) {
        if (expr instanceof ExprFunctionOp op) {
            return Optional.ofNullable(plainPattern(op.getElement()));
        }
        if (expr instanceof ExprFunction f) {
            for (Expr arg : f.getArgs()) {
                Optional<String> why = plainExpr(arg);
                if (why.isPresent()) {
                    return why;
                }
            }
        }
        return Optional.empty();
    }

    private static String plainPattern(Element e) {
        if (e instanceof ElementPathBlock || e instanceof ElementTriplesBlock) {
            return null;
        }
        if (e instanceof ElementFilter f) {
            return plainExpr(f.getExpr()).orElse(null);
        }
        if (e instanceof ElementBind b) {
            return plainExpr(b.getExpr()).orElse(null);
        }
        List<Element> parts = e instanceof ElementGroup g ? g.getElements()
                : e instanceof ElementUnion u ? u.getElements() : null;
        if (parts == null) {
            return "EXISTS holds " + e.getClass().getSimpleName();
        }
        for (Element p : parts) {
            String why = plainPattern(p);
            if (why != null) {
                return why;
            }
        }
        return null;
    }

    /** The node a projected variable of a row names, for messages. */
    static String placeholderValue(Node n) {
        return n.isLiteral() ? n.getLiteralLexicalForm() : ShLib.displayStr(n);
    }
}
