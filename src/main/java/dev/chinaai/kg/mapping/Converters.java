package dev.chinaai.kg.mapping;

import dev.chinaai.kg.annotation.Ref;
import dev.chinaai.kg.annotation.Value;
import dev.chinaai.kg.diagnostics.Location;
import dev.chinaai.kg.diagnostics.Suggestions;
import dev.chinaai.kg.vocab.CAI;
import dev.chinaai.kg.vocab.ORG;
import dev.chinaai.kg.vocab.TIME;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * One converter per value {@link Kind}, chosen from a table: each reads a
 * field's value and writes its triples, or reports why the value does not fit.
 */
final class Converters {
    /** Where a field's triples go: the graph, the subject, and a key that makes minted parts unique. */
    record Target(Node graph, Node subject, String partKey, ExcerptRef excerpt) {
    }

    /** The excerpt a fact comes from, for mention bookkeeping. */
    record ExcerptRef(MappingContext.ExcerptInfo info) {
    }

    interface Converter {
        void emit(FieldRule rule, Value value, Target target, MappingContext ctx);
    }

    private static final Map<Kind, Converter> TABLE = new EnumMap<>(Map.of(
            Kind.ENTITY, Converters::entities,
            Kind.TEXT, Converters::text,
            Kind.YEAR, Converters::year,
            Kind.BOOLEAN, Converters::bool,
            Kind.STATUS, Converters::status,
            Kind.TIME, Converters::time,
            Kind.PERIOD, Converters::period,
            Kind.POSITION, Converters::positions));

    /**
     * Text fields that may be in any language: a title is kept in the language it is
     * printed in. The shapes accept every other text in en and de only, so another
     * language must be refused here, with a location, rather than by SHACL without one.
     */
    private static final java.util.Set<String> ANY_LANGUAGE = java.util.Set.of("title");

    private Converters() {
    }

    static void emit(FieldRule rule, Value value, Target target, MappingContext ctx) {
        TABLE.get(rule.kind()).emit(rule, value, target, ctx);
    }

    /** The ids a value lists (one scalar or a list of them), as references. */
    static List<Ref> ids(Value value, String field, MappingContext ctx) {
        List<Value.Scalar> items = value instanceof Value.ScalarList l ? l.items()
                : value instanceof Value.Scalar s ? List.of(s) : List.of();
        if (items.isEmpty()) {
            ctx.error(value.location(), field + " takes entity ids, e.g. " + field + ": some-id or [a, b]");
        }
        List<Ref> refs = new ArrayList<>();
        for (Value.Scalar s : items) {
            try {
                refs.add(new Ref(s.raw(), s.location()));
            } catch (dev.chinaai.kg.annotation.AnnotationException e) {
                ctx.problems.addAll(List.of(e.problem()));
            }
        }
        return refs;
    }

    private static void entities(FieldRule rule, Value value, Target t, MappingContext ctx) {
        List<Ref> refs = ids(value, rule.name(), ctx);
        if (!rule.multiple() && refs.size() > 1) {
            ctx.error(value.location(), rule.name() + " takes one id, got " + refs.size());
            return;
        }
        for (Ref r : refs) {
            MappingContext.EntityInfo e = ctx.entity(r, rule.targets(), rule.name());
            if (e != null) {
                ctx.add(t.graph(), t.subject(), rule.property(), e.iri());
                if (t.excerpt() != null) {
                    ctx.mentioned(e.id(), t.excerpt().info());
                }
            }
        }
    }

    private static void text(FieldRule rule, Value value, Target t, MappingContext ctx) {
        if (!(value instanceof Value.Text text)) {
            ctx.error(value.location(), rule.name() + " takes a text by language, e.g. " + rule.name() + ": {de: ..., en: ...}");
            return;
        }
        List<String> other = text.byLanguage().keySet().stream()
                .filter(lang -> !ANY_LANGUAGE.contains(rule.name()) && !lang.equals("en") && !lang.equals("de")).sorted().toList();
        if (!other.isEmpty()) {
            ctx.error(value.location(), rule.name() + " is written in en and de only, not " + String.join(", ", other)
                    + ": " + rule.name() + ": {de: ..., en: ...}");
            return;
        }
        text.byLanguage().forEach((lang, s) -> ctx.add(t.graph(), t.subject(), rule.property(),
                NodeFactory.createLiteralLang(s, lang)));
    }

    private static void year(FieldRule rule, Value value, Target t, MappingContext ctx) {
        List<Value.Scalar> items = value instanceof Value.ScalarList l ? l.items()
                : value instanceof Value.Scalar s ? List.of(s) : List.of();
        if (items.isEmpty()) {
            ctx.error(value.location(), rule.name() + " takes a year, e.g. 2030");
        }
        for (Value.Scalar s : items) {
            if (!s.raw().matches("\\d{4}")) {
                ctx.error(s.location(), rule.name() + " takes a four-digit year, got '" + s.raw() + "'");
            } else {
                ctx.add(t.graph(), t.subject(), rule.property(), NodeFactory.createLiteralDT(s.raw(), XSDDatatype.XSDgYear));
            }
        }
    }

    private static void bool(FieldRule rule, Value value, Target t, MappingContext ctx) {
        String raw = value instanceof Value.Scalar s ? s.raw() : "";
        if (!raw.equals("true") && !raw.equals("false")) {
            ctx.error(value.location(), rule.name() + " takes true or false");
            return;
        }
        ctx.add(t.graph(), t.subject(), rule.property(), NodeFactory.createLiteralDT(raw, XSDDatatype.XSDboolean));
    }

    private static void status(FieldRule rule, Value value, Target t, MappingContext ctx) {
        String raw = value instanceof Value.Scalar s ? s.raw() : "";
        if (!raw.equals("done") && !raw.equals("planned")) {
            ctx.error(value.location(), rule.name() + " takes done or planned");
            return;
        }
        ctx.add(t.graph(), t.subject(), rule.property(), NodeFactory.createLiteralString(raw));
    }

    private static void time(FieldRule rule, Value value, Target t, MappingContext ctx) {
        if (!(value instanceof Value.Time time)) {
            ctx.error(value.location(), rule.name() + " takes a time, e.g. " + rule.name() + ": {text: im Juni 2023, date: 2023-06}");
            return;
        }
        Node node = Iris.part(t.subject(), rule.name() + (t.partKey().isEmpty() ? "" : "-" + t.partKey()));
        ctx.add(t.graph(), t.subject(), rule.property(), node);
        timeDescription(node, time, t.graph(), ctx);
    }

    /**
     * Writes a time description node: the seed's words and the ISO values given,
     * typed with OWL-Time as far as the text fixes it. A date makes a
     * {@code time:Instant} of that precision; a span ({@code from}/{@code to})
     * makes a {@code time:Interval} with its beginning and end; bounds alone
     * ({@code after}/{@code before}) or words alone leave a
     * {@code time:TemporalEntity}, so that no precision is invented.
     */
    static void timeDescription(Node node, Value.Time time, Node graph, MappingContext ctx) {
        ctx.add(graph, node, RDF.type, CAI.TimeDescription);
        ctx.add(graph, node, CAI.timeText, NodeFactory.createLiteralLang(time.text(), "de"));
        Node date = isoValue(node, CAI.date, time.date(), time.location(), graph, ctx);
        if (date != null) {
            ctx.add(graph, node, RDF.type, TIME.Instant);
            ctx.add(graph, node, Temporals.owlTimeProperty(date), date);
        }
        // A span's own ends are also the bounds of everything in it, as cai:notBefore/notAfter say.
        isoValue(node, CAI.notBefore, time.span() ? time.from() : time.after(), time.location(), graph, ctx);
        isoValue(node, CAI.notAfter, time.span() ? time.to() : time.before(), time.location(), graph, ctx);
        if (time.span()) {
            ctx.add(graph, node, RDF.type, TIME.Interval);
            instant(node, TIME.hasBeginning, "begin", time.from(), time, graph, ctx);
            instant(node, TIME.hasEnd, "end", time.to(), time, graph, ctx);
        }
        if (time.resolution() != null) {
            ctx.add(graph, node, CAI.dateResolution, NodeFactory.createLiteralLang(time.resolution(), "en"));
        }
    }

    /** The beginning or end of a span, as an instant of the precision the text gives. */
    private static void instant(Node span, org.apache.jena.rdf.model.Property p, String suffix, String iso, Value.Time time,
            Node graph, MappingContext ctx) {
        if (iso == null) {
            return;
        }
        Node at = NodeFactory.createURI(span.getURI() + "-" + suffix);
        Node literal = literal(iso, time.location(), ctx);
        if (literal != null) {
            ctx.add(graph, span, p, at);
            ctx.add(graph, at, RDF.type, TIME.Instant);
            ctx.add(graph, at, Temporals.owlTimeProperty(literal), literal);
        }
    }

    /**
     * A membership's period ({@code org:memberDuring}), one interval per excerpt:
     * {@code time} gives the period's own words, {@code began}/{@code ended} its
     * beginning and end. A period is never a point, so {@code time} takes no date.
     */
    private static void period(FieldRule rule, Value value, Target t, MappingContext ctx) {
        if (!(value instanceof Value.Time time)) {
            ctx.error(value.location(), rule.name() + " takes a time, e.g. " + rule.name() + ": {text: vergangenes Jahr}");
            return;
        }
        Node interval = Iris.part(t.subject(), "time-" + t.partKey());
        ctx.add(t.graph(), t.subject(), ORG.memberDuring, interval);
        ctx.add(t.graph(), interval, RDF.type, TIME.Interval);
        if (rule.property().equals(ORG.memberDuring)) {
            if (time.date() != null) {
                ctx.error(time.location(), "a membership lasts: its time: takes no date; write when it began or ended as "
                        + "began: {text: ..., date: ...} or ended: {text: ..., date: ...}");
                return;
            }
            timeDescription(interval, time, t.graph(), ctx);
            return;
        }
        Node end = Iris.part(t.subject(), rule.name() + "-" + t.partKey());
        ctx.add(t.graph(), interval, rule.property(), end);
        // A beginning or end is an instant even where the text gives it no date ("jetzt").
        ctx.add(t.graph(), end, RDF.type, TIME.Instant);
        timeDescription(end, time, t.graph(), ctx);
    }

    private static void positions(FieldRule rule, Value value, Target t, MappingContext ctx) {
        for (Ref r : ids(value, rule.name(), ctx)) {
            if (!CAI.POSITIONS.contains(r.id())) {
                ctx.error(r.location(), "unknown position '" + r.id() + "'" + Suggestions.didYouMean(r.id(), CAI.POSITIONS)
                        + " (a role is a position of the positions scheme: " + String.join(", ", new java.util.TreeSet<>(CAI.POSITIONS))
                        + "; an action such as 'moved to' is no position: write began: with the time of the move)");
            } else {
                ctx.add(t.graph(), t.subject(), rule.property(), CAI.position(r.id()));
            }
        }
    }

    /** Writes an ISO value; returns its literal, or null when there is none or it is reported as wrong. */
    private static Node isoValue(Node node, org.apache.jena.rdf.model.Property p, String iso, Location at, Node graph,
            MappingContext ctx) {
        Node literal = iso == null ? null : literal(iso, at, ctx);
        if (literal != null) {
            ctx.add(graph, node, p, literal);
        }
        return literal;
    }

    private static Node literal(String iso, Location at, MappingContext ctx) {
        try {
            return Temporals.literal(iso);
        } catch (BadValue e) {
            ctx.error(at, e.getMessage());
            return null;
        }
    }
}
