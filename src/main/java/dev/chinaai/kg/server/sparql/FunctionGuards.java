package dev.chinaai.kg.server.sparql;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterConvert;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.function.library.Math_pow;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunction;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;

/**
 * The limits of {@link ValueLimits} where the expression rewrite of
 * {@link ExprGuard} cannot reach: property functions (text:query, apf:concat,
 * apf:strSplit, list:..., and any loaded by {@code java:} IRI) bind variables
 * outside any expression, so the registry hands out each one wrapped to check
 * what it binds; math:pow computes an
 * integer power in one call whose size follows from its arguments, so it is
 * refused before it starts; ORDER BY and DISTINCT spill to disk past
 * {@link #SPILL_BINDINGS} solutions instead of holding them on the heap.
 */
public final class FunctionGuards {
    /** Solutions ORDER BY or DISTINCT hold in memory before they spill to temporary files. */
    static final long SPILL_BINDINGS = 50_000;
    private static final String MATH = "http://www.w3.org/2005/xpath-functions/math#";

    private FunctionGuards() {
    }

    /** Installs the guarded math:pow, wraps every registered property function, sets the spill threshold (for this JVM). */
    public static synchronized void install() {
        FunctionRegistry.get().put(MATH + "pow", Pow.class);
        PropertyFunctionRegistry reg = PropertyFunctionRegistry.get();
        if (!(reg instanceof GuardingRegistry)) {
            PropertyFunctionRegistry.set(ARQ.getContext(), new GuardingRegistry(reg));
        }
        ARQ.getContext().set(ARQ.spillToDiskThreshold, SPILL_BINDINGS);
    }

    /** math:pow, refused when an integer power would be longer than a number may be. */
    public static final class Pow extends Math_pow {
        @Override
        public NodeValue exec(NodeValue x, NodeValue y) {
            if (x.isInteger() && y.isInteger() && y.getInteger().signum() > 0) {
                BigInteger base = x.getInteger().abs();
                if (base.bitLength() > 1) {
                    double log10 = base.bitLength() < 1000 ? Math.log10(base.doubleValue()) : (base.bitLength() - 1) * Math.log10(2);
                    ValueLimits.checkDigits("math:pow", y.getInteger().doubleValue() * log10);
                }
            }
            return super.exec(x, y);
        }
    }

    /**
     * ARQ's registry of property functions, handing out every factory wrapped:
     * registered ones, those registered later (text:query) and those ARQ loads
     * on first use (apf:, java:).
     */
    private static final class GuardingRegistry extends PropertyFunctionRegistry {
        private final PropertyFunctionRegistry inner;

        GuardingRegistry(PropertyFunctionRegistry inner) {
            this.inner = inner;
        }

        @Override
        public PropertyFunctionFactory get(String uri) {
            PropertyFunctionFactory f = inner.get(uri);
            return f == null ? null : new Guarded(f);
        }

        @Override
        public void put(String uri, Class<?> extClass) {
            inner.put(uri, extClass);
        }

        @Override
        public void put(String uri, PropertyFunctionFactory factory) {
            inner.put(uri, factory);
        }

        @Override
        public boolean manages(String uri) {
            return inner.manages(uri);
        }

        @Override
        public boolean isRegistered(String uri) {
            return inner.isRegistered(uri);
        }

        @Override
        public PropertyFunctionFactory remove(String uri) {
            return inner.remove(uri);
        }

        @Override
        public Iterator<String> keys() {
            return inner.keys();
        }
    }

    /** A property function factory whose functions check every value they bind. */
    private record Guarded(PropertyFunctionFactory inner) implements PropertyFunctionFactory {
        @Override
        public PropertyFunction create(String uri) {
            return new Checked(ExprGuard.shortName(uri), inner.create(uri));
        }
    }

    private record Checked(String name, PropertyFunction inner) implements PropertyFunction {
        @Override
        public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext cxt) {
            inner.build(subject, predicate, object, cxt);
        }

        @Override
        public QueryIterator exec(QueryIterator input, PropFuncArg subject, Node predicate, PropFuncArg object,
                ExecutionContext cxt) {
            long t0 = System.nanoTime();
            QueryIterator out = inner.exec(input, subject, predicate, object, cxt);
            ValueLimits.checkTime(name, t0);
            List<Var> bound = new ArrayList<>();
            PropFuncArg.addVars(bound, subject);
            PropFuncArg.addVars(bound, object);
            return new QueryIterConvert(out, b -> {
                for (Var v : bound) {
                    ValueLimits.check(name, b.get(v), cxt.getContext());
                }
                return b;
            }, cxt);
        }
    }
}
