package dev.chinaai.kg.server.sparql;

import dev.chinaai.kg.server.store.count.IndexCounts;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_Bound;
import org.apache.jena.sparql.expr.E_Equals;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_GreaterThan;
import org.apache.jena.sparql.expr.E_GreaterThanOrEqual;
import org.apache.jena.sparql.expr.E_LessThan;
import org.apache.jena.sparql.expr.E_LessThanOrEqual;
import org.apache.jena.sparql.expr.E_LogicalAnd;
import org.apache.jena.sparql.expr.E_LogicalNot;
import org.apache.jena.sparql.expr.E_LogicalOr;
import org.apache.jena.sparql.expr.E_NotEquals;
import org.apache.jena.sparql.expr.E_OneOfBase;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_SameTerm;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprFunction3;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.ExprTransformer;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.Context;

/**
 * Work inside one expression. ARQ checks its timeout between solutions, so a
 * single solution that computes something huge (a number squared twenty
 * times, a string doubled thirty times) ran on for minutes or exhausted the
 * heap. Here every function call of a query, built-in operator or extension
 * function alike, is wrapped: the wrapper stops the query when it has been
 * cancelled (timeout, slow lane), when the call took longer than
 * {@link ValueLimits#MAX_CALL_MILLIS}, and when its result is larger than
 * {@link ValueLimits} allow, so every input of every call is small and no call
 * can take long. Casts to numbers are refused a lexical form too long for a
 * number before parsing it, and values fed to GROUP_CONCAT and DISTINCT
 * aggregates count against the query's budget. Boolean connectives,
 * comparisons, BOUND, IN and EXISTS stay unwrapped: their results are small and
 * ARQ's optimizer recognises them by class.
 */
final class ExprGuard {
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final Set<String> NUMERIC_CASTS = Set.of("integer", "decimal", "double", "float", "int", "long",
            "short", "byte", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger",
            "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte");
    private static final Map<String, String> PREFIXES = Map.of(XSD, "xsd:",
            "http://www.w3.org/2005/xpath-functions#", "fn:", "http://www.w3.org/2005/xpath-functions/math#", "math:",
            "http://jena.apache.org/ARQ/function#", "afn:", "http://jena.apache.org/ARQ/property#", "apf:",
            "http://jena.apache.org/ARQ/list#", "list:", "http://jena.apache.org/text#", "text:");

    private ExprGuard() {
    }

    /** The query with every function call and aggregate input wrapped in a {@link Guard}. */
    static Query rewrite(Query query) {
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new Wrap());
    }

    /** A function IRI as the messages show it: with a well-known prefix, or in angle brackets. */
    static String shortName(String iri) {
        for (Map.Entry<String, String> p : PREFIXES.entrySet()) {
            if (iri.startsWith(p.getKey())) {
                return p.getValue() + iri.substring(p.getKey().length());
            }
        }
        return "<" + iri + ">";
    }

    private static String name(ExprFunction f) {
        if (f.getFunctionIRI() != null) {
            return shortName(f.getFunctionIRI());
        }
        return f.getOpName() != null ? f.getOpName() : f.getFunctionSymbol().getSymbol().toUpperCase(Locale.ROOT);
    }

    /** Whether ARQ's optimizer looks for this class, or its result is a boolean that cannot grow. */
    private static boolean leftAlone(Expr e) {
        return e instanceof ExprFunctionOp || e instanceof E_LogicalAnd || e instanceof E_LogicalOr
                || e instanceof E_LogicalNot || e instanceof E_Bound || e instanceof E_OneOfBase || e instanceof E_Regex
                || e instanceof E_SameTerm || e instanceof E_Equals || e instanceof E_NotEquals || e instanceof E_LessThan
                || e instanceof E_LessThanOrEqual || e instanceof E_GreaterThan || e instanceof E_GreaterThanOrEqual;
    }

    /** Wraps bottom-up, so the arguments of a call are guarded before the call itself. */
    private static final class Wrap extends ExprTransformCopy {
        private Expr wrap(Expr e) {
            if (!(e instanceof ExprFunction f) || e instanceof Guard || leftAlone(e)) {
                return e;
            }
            if (f instanceof E_Function call && call.getFunctionIRI().startsWith(XSD)
                    && NUMERIC_CASTS.contains(call.getFunctionIRI().substring(XSD.length())) && call.numArgs() == 1) {
                f = (ExprFunction) call.copy(new ExprList(new Guard(call.getArg(1), name(call), true)));
            }
            return new Guard(f, name(f), false);
        }

        @Override
        public Expr transform(ExprFunction1 func, Expr a) {
            return wrap(super.transform(func, a));
        }

        @Override
        public Expr transform(ExprFunction2 func, Expr a, Expr b) {
            return wrap(super.transform(func, a, b));
        }

        @Override
        public Expr transform(ExprFunction3 func, Expr a, Expr b, Expr c) {
            return wrap(super.transform(func, a, b, c));
        }

        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            return wrap(super.transform(func, args));
        }

        /** Guards the functions inside an aggregate and, for those that keep what they are fed, every value fed. */
        @Override
        public Expr transform(ExprAggregator eAgg) {
            Aggregator agg = eAgg.getAggregator();
            if (agg.getExprList() == null) {
                return eAgg;
            }
            boolean keeps = agg instanceof AggGroupConcat || agg instanceof AggGroupConcatDistinct
                    || agg.getClass().getSimpleName().endsWith("Distinct");
            ExprList args = new ExprList();
            for (Expr e : agg.getExprList()) {
                Expr guarded = ExprTransformer.transform(this, e);
                args.add(keeps ? new Guard(guarded, agg.getName(), false) : guarded);
            }
            return new ExprAggregator(eAgg.getVar(), agg.copy(args));
        }
    }

    /**
     * One guarded expression: evaluates the expression it wraps and checks the
     * cancellation flag, the time taken and the result. As a cast input, checks
     * only that the value is short enough to be a number.
     */
    static final class Guard extends ExprFunction1 implements IndexCounts.Watch {
        private final String function;
        private final boolean castInput;

        Guard(Expr expr, String function, boolean castInput) {
            super(expr, "guarded");
            this.function = function;
            this.castInput = castInput;
        }

        @Override
        protected NodeValue evalSpecial(Binding binding, FunctionEnv env) {
            Context cxt = env == null ? null : env.getContext();
            AtomicBoolean cancelled = cxt == null ? null : Context.getCancelSignal(cxt);
            if (cancelled != null && cancelled.get()) {
                throw new QueryCancelledException();
            }
            long t0 = System.nanoTime();
            NodeValue v = expr.eval(binding, env);
            ValueLimits.checkTime(function, t0);
            return verify(v, cxt);
        }

        /** Reached when the optimizer folds a constant: the value is checked all the same. */
        @Override
        public NodeValue eval(NodeValue v) {
            return verify(v, null);
        }

        private NodeValue verify(NodeValue v, Context cxt) {
            if (castInput) {
                ValueLimits.checkNumberLexical(function, v);
            } else {
                ValueLimits.check(function, v, cxt);
            }
            return v;
        }

        @Override
        public Expr copy(Expr e) {
            return new Guard(e, function, castInput);
        }

        /** The guarded expression: its value is this one's (or the guard throws). */
        @Override
        public Expr watched() {
            return getArg();
        }
    }
}
