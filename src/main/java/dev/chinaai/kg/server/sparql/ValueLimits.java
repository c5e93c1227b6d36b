package dev.chinaai.kg.server.sparql;

import java.math.BigDecimal;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * How large one value, and all the values one query computes, may grow. Every
 * guarded function result and every value a property function binds passes
 * {@link #check}; a value past a limit stops the query with {@link TooCostly}
 * naming the function and the limit. The limits bound time as well as memory:
 * with every input at most {@link #MAX_DIGITS} digits or {@link #MAX_CHARS}
 * characters, no arithmetic or string operation on them takes long.
 */
final class ValueLimits {
    /** Digits of a number (an integer's, or a decimal's precision and scale together). */
    static final int MAX_DIGITS = 10_000;
    /** Characters of one string, IRI or other lexical form. */
    static final int MAX_CHARS = 1_000_000;
    /** Characters (and digits) of all values one query computes or feeds to GROUP_CONCAT and DISTINCT aggregates. */
    static final long MAX_QUERY_CHARS = 16_000_000;
    /** Longest one function call may take, its arguments included. */
    static final long MAX_CALL_MILLIS = 1_000;

    private static final Symbol BUDGET = Symbol.create("urn:x-chinaai-kg:valueBudget");

    private ValueLimits() {
    }

    /** Gives the execution with this context a fresh budget of {@link #MAX_QUERY_CHARS}. */
    static void newBudget(Context context) {
        context.set(BUDGET, new long[1]);
    }

    /** Stops the query if {@code value}, computed by {@code function}, is over a limit; counts it against the query's budget. */
    static void check(String function, NodeValue value, Context context) {
        if (value.isInteger()) {
            long digits = digits(value.getInteger().bitLength());
            if (digits > MAX_DIGITS) {
                throw tooLarge(function, "computed a number of about " + digits + " digits", MAX_DIGITS + " digits");
            }
            charge(function, digits, context);
        } else if (value.isDecimal()) {
            BigDecimal d = value.getDecimal();
            long digits = (long) d.precision() + Math.abs((long) d.scale());
            if (digits > MAX_DIGITS) {
                throw tooLarge(function, "computed a decimal of " + digits + " digits", MAX_DIGITS + " digits");
            }
            charge(function, digits, context);
        } else {
            check(function, chars(value), context);
        }
    }

    /** As {@link #check(String, NodeValue, Context)} for a node bound by a property function. */
    static void check(String function, Node node, Context context) {
        if (node != null) {
            check(function, node.isLiteral() ? node.getLiteralLexicalForm().length() : node.isURI() ? node.getURI().length() : 0,
                    context);
        }
    }

    /** Stops a cast to a number of a lexical form longer than a number may be: parsing it alone takes time. */
    static void checkNumberLexical(String cast, NodeValue value) {
        long chars = chars(value);
        if (chars > MAX_DIGITS + 20) {
            throw tooLarge(cast, "was given a lexical form of " + chars + " characters", MAX_DIGITS + " digits");
        }
    }

    /** Stops a function before it computes an integer of about {@code digits} digits. */
    static void checkDigits(String function, double digits) {
        if (digits > MAX_DIGITS) {
            throw tooLarge(function, "would compute a number of about " + (long) digits + " digits", MAX_DIGITS + " digits");
        }
    }

    /** Stops a call that ran longer than {@link #MAX_CALL_MILLIS}. */
    static void checkTime(String function, long startNanos) {
        long ms = (System.nanoTime() - startNanos) / 1_000_000;
        if (ms > MAX_CALL_MILLIS) {
            throw new TooCostly(function + " ran for " + ms + " ms on one solution, past the limit of " + MAX_CALL_MILLIS
                    + " ms for one function call; make the expression cheaper");
        }
    }

    private static void check(String function, long chars, Context context) {
        if (chars > MAX_CHARS) {
            throw tooLarge(function, "computed a value of " + chars + " characters", MAX_CHARS + " characters");
        }
        charge(function, chars, context);
    }

    private static void charge(String function, long size, Context context) {
        long[] budget = context == null ? null : context.get(BUDGET);
        if (budget == null || size == 0) {
            return;
        }
        budget[0] += size;
        if (budget[0] > MAX_QUERY_CHARS) {
            throw new TooCostly("the query computed more than " + MAX_QUERY_CHARS + " characters of values in all (the "
                    + "limit for one query; " + function + " went past it); select fewer or shorter values, or add a LIMIT");
        }
    }

    private static long chars(NodeValue value) {
        if (value.isString() || value.isLangString()) {
            return value.getString().length();
        }
        if (!value.hasNode()) {
            return 0;
        }
        Node n = value.asNode();
        return n.isLiteral() ? n.getLiteralLexicalForm().length() : n.isURI() ? n.getURI().length() : 0;
    }

    /** Decimal digits of an integer of this many bits. */
    static long digits(long bits) {
        return (long) Math.ceil(bits * Math.log10(2));
    }

    private static TooCostly tooLarge(String function, String what, String limit) {
        return new TooCostly(function + " " + what + ", past the limit of " + limit + " for one value in a query "
                + "here; values that grow without bound (repeated squaring, powers, doubling strings) cannot be answered");
    }
}
