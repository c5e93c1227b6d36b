package dev.chinaai.kg.server.sparql;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.function.library.FN_StrReplace;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Regular expressions that backtrack catastrophically. ARQ's timeout is
 * checked between solutions, so one {@code REGEX("aaa…!", "(.*a){25}$")} runs
 * for hours past it, holding a core. Here every REGEX, REPLACE, fn:matches and
 * fn:replace first runs its pattern over a character sequence that watches the
 * clock; past {@link #MAX_MILLIS} on one value it throws {@link TooCostly},
 * which the endpoint answers with 422. The guarded run is the match itself for
 * REGEX and fn:matches (the same java.util.regex pattern ARQ compiles); REPLACE
 * and fn:replace then leave building the result to ARQ, as do arguments of the
 * wrong kind, so errors and results stay ARQ's.
 */
public final class RegexGuard {
    /** Longest a pattern may run on one value; real patterns on the graph's literals take microseconds. */
    static final long MAX_MILLIS = 1000;
    private static final String FN = "http://www.w3.org/2005/xpath-functions#";

    private RegexGuard() {
    }

    /** Replaces fn:matches and fn:replace in ARQ's function registry with guarded ones (for this JVM). */
    public static void install() {
        FunctionRegistry.get().put(FN + "matches", Matches.class);
        FunctionRegistry.get().put(FN + "replace", Replace.class);
    }

    /** The query with REGEX and REPLACE replaced by their guarded forms. */
    static Query rewrite(Query query) {
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex && !(func instanceof GuardedRegex)) {
                    return new GuardedRegex(args);
                }
                if (func instanceof E_StrReplace && !(func instanceof GuardedReplace)) {
                    return new GuardedReplace(args);
                }
                return super.transform(func, args);
            }
        });
    }

    private static TooCostly tooCostly(String fn, String pattern, int length) {
        return new TooCostly(fn + " pattern \"" + (pattern.length() > 80 ? pattern.substring(0, 80) + "…" : pattern)
                + "\" ran for more than " + MAX_MILLIS + " ms on one value of " + length + " characters: it backtracks "
                + "catastrophically. Avoid nested or repeated quantifiers over the same text, such as (a+)+ or (.*a){20}");
    }

    /**
     * Runs the pattern of {@code args} (string, pattern, ..., flags at
     * {@code flagsAt} if present) as the function will (every match for
     * REPLACE), watching the clock; returns whether it matched, or null when the
     * arguments are not strings, for ARQ to reject with its own error. For
     * REPLACE, also refuses a result that would be longer than a string may be
     * ({@link ValueLimits#MAX_CHARS}) before ARQ builds it: a short replacement
     * full of {@code $0} turns each match into many copies of it.
     */
    static Boolean check(String fn, List<NodeValue> args, int flagsAt, boolean allMatches) {
        NodeValue str = args.get(0);
        NodeValue pattern = args.get(1);
        NodeValue flags = args.size() > flagsAt ? args.get(flagsAt) : null;
        if (!(str.isString() || str.isLangString()) || !pattern.isString() || (flags != null && !flags.isString())) {
            return null;
        }
        String p = pattern.getString();
        Pattern compiled = RegexEngine.makePattern(fn, p, flags == null ? null : flags.getString());
        String s = str.asNode().getLiteralLexicalForm();
        Matcher m = compiled.matcher(new Watched(s, System.nanoTime() + MAX_MILLIS * 1_000_000, fn, p));
        boolean found = m.find();
        if (allMatches && found) {
            String replacement = args.get(2).isString() ? args.get(2).getString() : "";
            long refs = replacement.chars().filter(c -> c == '$').count();
            long length = s.length();
            do {
                length += replacement.length() + refs * (m.end() - m.start());
            } while (m.find());
            if (length > ValueLimits.MAX_CHARS) {
                throw new TooCostly(fn + " would build a string of up to " + length + " characters, past the limit of "
                        + ValueLimits.MAX_CHARS + " characters for one value in a query here");
            }
        }
        return found;
    }

    /** A string that, read often enough, tells the clock has run out. One per match, so one thread. */
    private static final class Watched implements CharSequence {
        private final String s;
        private final long deadline;
        private final String fn;
        private final String pattern;
        private int reads;

        Watched(String s, long deadline, String fn, String pattern) {
            this.s = s;
            this.deadline = deadline;
            this.fn = fn;
            this.pattern = pattern;
        }

        @Override
        public char charAt(int index) {
            // nanoTime on every read would cost more than the matching; every 1,024th read is enough.
            if ((++reads & 0x3ff) == 0 && System.nanoTime() > deadline) {
                throw tooCostly(fn, pattern, s.length());
            }
            return s.charAt(index);
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return s.subSequence(start, end);
        }

        @Override
        public String toString() {
            return s;
        }
    }

    /** REGEX(str, pattern[, flags]). */
    static final class GuardedRegex extends E_Regex {
        GuardedRegex(ExprList a) {
            super(a.get(0), a.get(1), a.size() > 2 ? a.get(2) : null);
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            Boolean found = check("REGEX", args, 2, false);
            return found != null ? NodeValue.booleanReturn(found) : super.eval(args);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new GuardedRegex(newArgs);
        }
    }

    /** REPLACE(str, pattern, replacement[, flags]). */
    static final class GuardedReplace extends E_StrReplace {
        GuardedReplace(ExprList a) {
            super(a.get(0), a.get(1), a.get(2), a.size() > 3 ? a.get(3) : null);
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            check("REPLACE", args, 3, true);
            return super.eval(args);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new GuardedReplace(newArgs);
        }
    }

    /** fn:matches(str, pattern[, flags]): the REGEX semantics, guarded. */
    public static final class Matches extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() < 2 || args.size() > 3) {
                throw new QueryBuildException("fn:matches takes two or three arguments");
            }
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            Boolean found = check("fn:matches", args, 2, false);
            if (found != null) {
                return NodeValue.booleanReturn(found);
            }
            E_Regex regex = args.size() > 2 ? new E_Regex(args.get(0), args.get(1), args.get(2)) : new E_Regex(args.get(0), args.get(1));
            return regex.eval(args);
        }
    }

    /** fn:replace(str, pattern, replacement[, flags]), guarded. */
    public static final class Replace extends FN_StrReplace {
        @Override
        public NodeValue exec(List<NodeValue> args) {
            if (args.size() >= 3) {
                check("fn:replace", args, 3, true);
            }
            return super.exec(args);
        }
    }
}
