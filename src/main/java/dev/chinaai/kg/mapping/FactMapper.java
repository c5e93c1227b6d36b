package dev.chinaai.kg.mapping;

import dev.chinaai.kg.annotation.Fact;
import dev.chinaai.kg.annotation.Field;
import dev.chinaai.kg.annotation.Ref;
import dev.chinaai.kg.diagnostics.Suggestions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The engine that runs the spec table over the facts of one excerpt: finds the
 * subject's spec (a registry entity's type, or the qualified type named), mints
 * the IRI from the spec's template, and lets each field's converter write.
 */
final class FactMapper {
    private final MappingContext ctx;

    FactMapper(MappingContext ctx) {
        this.ctx = ctx;
    }

    void map(Fact fact, int n, MappingContext.ExcerptInfo excerpt) {
        ClassSpec spec;
        Node subject;
        if (fact.subject() != null) {
            MappingContext.EntityInfo e = ctx.entity(fact.subject());
            if (e == null) {
                return;
            }
            ctx.mentioned(e.id(), excerpt);
            spec = Specs.all().get(e.type());
            if (spec == null) {
                // The entity's type is unknown, which the registry's line already reports; its fields cannot be checked.
                return;
            }
            subject = e.iri();
        } else {
            spec = Specs.all().get(fact.type());
            if (spec == null || !spec.qualified()) {
                List<String> qualified = Specs.all().values().stream().filter(ClassSpec::qualified).map(ClassSpec::name).toList();
                ctx.error(fact.location(), "unknown fact type '" + fact.type() + "'" + Suggestions.didYouMean(fact.type(), qualified)
                        + " (a fact names a registry entity with subject:, or is one of " + String.join(", ", qualified) + ")");
                return;
            }
            subject = mint(spec, fact, n, excerpt);
            if (subject == null) {
                return;
            }
            ctx.add(excerpt.graph(), subject, RDF.type, spec.rdfClass());
            ctx.add(excerpt.graph(), subject, RDFS.label, NodeFactory.createLiteralLang(label(spec, fact), "en"));
        }
        checkRequired(spec, fact);
        Converters.Target target = new Converters.Target(excerpt.graph(), subject, excerpt.seed() + "-" + excerpt.id(),
                new Converters.ExcerptRef(excerpt));
        for (Field f : fact.fields()) {
            FieldRule rule = spec.fields().get(f.name());
            if (rule == null) {
                ctx.error(f.location(), "unknown field '" + f.name() + "' for a " + spec.name()
                        + Suggestions.didYouMean(f.name(), spec.fields().keySet())
                        + " (fields of " + spec.name() + ": " + String.join(", ", spec.fields().keySet()) + ")");
                continue;
            }
            Converters.emit(rule, f.value(), target, ctx);
        }
    }

    private void checkRequired(ClassSpec spec, Fact fact) {
        for (FieldRule r : spec.fields().values()) {
            if (r.required() && fact.fields().stream().noneMatch(f -> f.name().equals(r.name()))) {
                ctx.error(fact.location(), "a " + spec.name() + " needs " + r.name() + ":");
            }
        }
    }

    /** Fills the spec's IRI template; a field placeholder takes the first id given for that field. */
    private Node mint(ClassSpec spec, Fact fact, int n, MappingContext.ExcerptInfo excerpt) {
        Map<String, String> values = new HashMap<>();
        values.put("seed", excerpt.seed());
        values.put("excerpt", excerpt.id());
        values.put("n", Integer.toString(n));
        for (Field f : fact.fields()) {
            List<Ref> ids = f.value() instanceof dev.chinaai.kg.annotation.Value.Text ? List.of()
                    : silentIds(f);
            if (!ids.isEmpty()) {
                values.put(f.name(), ids.get(0).id());
            }
        }
        String template = fact.id() != null ? spec.iriTemplate().substring(0, spec.iriTemplate().lastIndexOf('/') + 1) + "{id}"
                : spec.iriTemplate();
        values.put("id", fact.id());
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(template);
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) {
                return null;
            }
            m.appendReplacement(out, v);
        }
        m.appendTail(out);
        return NodeFactory.createURI(dev.chinaai.kg.vocab.CAI.BASE + out);
    }

    private static List<Ref> silentIds(Field f) {
        List<dev.chinaai.kg.annotation.Value.Scalar> items = f.value() instanceof dev.chinaai.kg.annotation.Value.ScalarList l
                ? l.items() : f.value() instanceof dev.chinaai.kg.annotation.Value.Scalar s ? List.of(s) : List.of();
        return items.stream().filter(s -> s.raw().matches("[a-z0-9]+(-[a-z0-9]+)*"))
                .map(s -> new Ref(s.raw(), s.location())).collect(Collectors.toList());
    }

    /** A readable English label for a qualified relation, from the labels of what it links. */
    private String label(ClassSpec spec, Fact fact) {
        StringBuilder sb = new StringBuilder(spec.name());
        for (Field f : fact.fields()) {
            for (Ref r : silentIds(f)) {
                MappingContext.EntityInfo e = ctx.entities.get(r.id());
                if (e != null) {
                    sb.append(sb.length() == spec.name().length() ? ": " : ", ").append(labelOf(e));
                }
            }
        }
        // What was done tells two activities of the same actors apart.
        for (Field f : fact.fields()) {
            if (f.name().equals("action") && f.value() instanceof dev.chinaai.kg.annotation.Value.Text t && t.byLanguage().containsKey("en")) {
                sb.append(" (").append(t.byLanguage().get("en")).append(')');
            }
        }
        return sb.toString();
    }

    private String labelOf(MappingContext.EntityInfo e) {
        String l = ctx.labels.get(e.id());
        return l == null ? e.id() : l;
    }
}
