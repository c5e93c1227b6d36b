package dev.chinaai.kg.server.pages.explore;

import dev.chinaai.kg.server.http.Publication;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * What an article's excerpts mean: the entities each names (for the legend
 * that highlights all excerpts of one entity) and the facts and claims each
 * supports (shown when a reader points at or focuses a highlight).
 */
public final class ArticleLegend {
    private ArticleLegend() {
    }

    /** The paths of the entities the excerpt names, in order. Call inside a read transaction. */
    public static List<String> mentions(Publication pub, Node excerpt) {
        TreeSet<String> out = new TreeSet<>();
        pub.union().find(excerpt, pub.term("mentions"), Node.ANY).forEachRemaining(t -> {
            if (Hrefs.entity(pub, t.getObject())) {
                out.add(Hrefs.path(pub, t.getObject()));
            }
        });
        return List.copyOf(out);
    }

    /**
     * What the excerpt supports, one line each: a fact as "subject · property ·
     * value", a claim as "claim by X: its English words". Call inside a read transaction.
     */
    public static List<String> supports(Publication pub, Node excerpt) {
        List<String> facts = new ArrayList<>();
        List<String> claims = new ArrayList<>();
        for (Triple t : pub.union().find(Node.ANY, pub.term("statedIn"), excerpt).toList()) {
            Node st = t.getSubject();
            if (pub.union().contains(st, RDF.type.asNode(), pub.term("Claim"))) {
                Node who = Select.object(pub, st, pub.term("claimant"));
                Node rendering = Select.object(pub, st, pub.term("rendering"));
                Node en = rendering == null ? null : Select.object(pub, rendering, pub.term("text"));
                claims.add("claim by " + (who == null ? "?" : Hrefs.label(pub, who)) + ": "
                        + (en == null ? Hrefs.label(pub, st) : Hrefs.shorten(en.getLiteralLexicalForm(), 160)));
            } else {
                Node about = Select.object(pub, st, pub.term("about"));
                Node p = Select.object(pub, st, pub.term("predicate"));
                Node v = Select.object(pub, st, pub.term("value"));
                if (about != null && p != null && v != null) {
                    facts.add(Hrefs.label(pub, about) + " · " + Hrefs.label(pub, p) + " · "
                            + Hrefs.shorten(v.isLiteral() ? v.getLiteralLexicalForm() : Hrefs.label(pub, v), 100));
                }
            }
        }
        facts.sort(null);
        claims.sort(null);
        facts.addAll(claims);
        return facts;
    }

    /** The legend: each entity named, with its label, colour group and how many excerpts name it, by label. */
    public static List<Map<String, Object>> legend(Publication pub, Collection<List<String>> mentionsPerExcerpt) {
        Map<String, Integer> counts = new TreeMap<>();
        mentionsPerExcerpt.forEach(m -> m.forEach(e -> counts.merge(e, 1, Integer::sum)));
        List<Map<String, Object>> out = new ArrayList<>();
        counts.forEach((path, n) -> {
            Node node = pub.iri(path);
            String group = Palette.group(pub, node);
            out.add(Map.of("path", path, "label", Hrefs.label(pub, node), "n", n, "group", group,
                    "groupName", Palette.NAMES.get(group)));
        });
        out.sort(Comparator.comparing((Map<String, Object> m) -> ((String) m.get("label")).toLowerCase(Locale.ROOT)));
        return out;
    }
}
