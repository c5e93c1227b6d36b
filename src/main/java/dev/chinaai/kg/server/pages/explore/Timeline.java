package dev.chinaai.kg.server.pages.explore;

import dev.chinaai.kg.server.http.Publication;
import dev.chinaai.kg.vocab.OA;
import dev.chinaai.kg.vocab.PROV;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * Every item of the graph that has a time: what points to a time node with
 * one of the time properties, its kind, what it involves, the articles and
 * quotes it comes from. Items without an ISO date stay undated.
 */
public final class Timeline {
    /** Kind to how the legend names it. */
    static final Map<String, String> KINDS = new LinkedHashMap<>();
    /** Time property to kind; cai:time takes the kind of its subject's class. */
    private static final Map<String, String> BY_PROPERTY = Map.of("founded", "founding", "released", "release",
            "adopted", "policy", "announced", "policy", "published", "publication", "tookPlace", "event");
    private static final Map<String, String> VERBS = Map.of("founded", "founded", "released", "released",
            "adopted", "adopted", "announced", "announced", "published", "published", "tookPlace", "took place");

    static {
        KINDS.put("founding", "founding");
        KINDS.put("release", "release");
        KINDS.put("policy", "policy adopted or announced");
        KINDS.put("event", "event");
        KINDS.put("publication", "publication");
        KINDS.put("activity", "activity");
        KINDS.put("affiliation", "affiliation");
        KINDS.put("claim", "claim");
    }

    private Timeline() {
    }

    /**
     * The items of each publication, computed once: every entity page shows the items that involve it, and
     * collecting them reads the whole graph (minutes at 1000x the seeds, for each page). A publication's
     * graph never changes; a rebuilt graph is a new publication, and the old one's items go with it.
     */
    private static final PerPublication<Collected> ITEMS = new PerPublication<>(p -> Collected.of(collect(p)));

    /** A publication's items, and for each entity the items that involve it (an entity page asks for those). */
    private record Collected(List<TimelineItem> items, Map<String, List<TimelineItem>> byEntity) {
        static Collected of(List<TimelineItem> items) {
            Map<String, List<TimelineItem>> byEntity = new HashMap<>();
            for (TimelineItem i : items) {
                for (String e : i.entities()) {
                    byEntity.computeIfAbsent(e, k -> new ArrayList<>()).add(i);
                }
            }
            byEntity.replaceAll((e, l) -> List.copyOf(l));
            return new Collected(items, byEntity);
        }
    }

    /** All items, dated first in time order, then undated by label. Call inside a read transaction. */
    public static List<TimelineItem> items(Publication pub) {
        return ITEMS.of(pub).items();
    }

    /**
     * The items that involve the entity (as their subject or linked from it), in the order of {@link #items}.
     * Looked up, not filtered: at 1000x the seeds every entity page would otherwise walk all items of the graph.
     * Call inside a read transaction.
     */
    public static List<TimelineItem> involving(Publication pub, String entityPath) {
        return ITEMS.of(pub).byEntity().getOrDefault(entityPath, List.of());
    }

    private static List<TimelineItem> collect(Publication pub) {
        List<TimelineItem> items = new ArrayList<>();
        for (Map.Entry<Node, When> t : TimeAdapter.times(pub).entrySet()) {
            for (Triple tr : pub.union().find(Node.ANY, Node.ANY, t.getKey()).toList()) {
                String p = tr.getPredicate().getLocalName();
                if (tr.getPredicate().getURI().equals(pub.term(p).getURI()) && (p.equals("time") || BY_PROPERTY.containsKey(p))) {
                    items.add(item(pub, tr.getSubject(), p, t.getKey(), t.getValue()));
                }
            }
        }
        items.sort(ORDER);
        return List.copyOf(items);
    }

    static final Comparator<TimelineItem> ORDER = Comparator
            .comparing((TimelineItem i) -> !i.when().dated())
            .thenComparing(i -> i.when().start() != null ? i.when().start() : i.when().end(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(i -> i.when().end(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TimelineItem::label).thenComparing(TimelineItem::id);

    private static TimelineItem item(Publication pub, Node s, String property, Node time, When when) {
        String kind = BY_PROPERTY.get(property);
        if (kind == null) {
            kind = isA(pub, s, "Claim") ? "claim" : isA(pub, s, "Activity") ? "activity"
                    : isA(pub, s, "Affiliation") ? "affiliation" : "event";
        }
        Set<String> entities = new TreeSet<>();
        if (Hrefs.entity(pub, s)) {
            entities.add(Hrefs.path(pub, s));
        }
        pub.union().find(s, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (Hrefs.entity(pub, t.getObject()) && !t.getPredicate().equals(RDF.type.asNode())) {
                entities.add(Hrefs.path(pub, t.getObject()));
            }
        });
        Set<String> articles = new TreeSet<>();
        List<String> quotes = new ArrayList<>();
        for (Node excerpt : excerpts(pub, s, property, time)) {
            pub.union().find(excerpt, OA.hasSource.asNode(), Node.ANY)
                    .forEachRemaining(a -> articles.add(Hrefs.path(pub, a.getObject())));
            pub.union().find(excerpt, OA.hasSelector.asNode(), Node.ANY).forEachRemaining(sel ->
                    pub.union().find(sel.getObject(), OA.exact.asNode(), Node.ANY)
                            .forEachRemaining(x -> quotes.add(x.getObject().getLiteralLexicalForm())));
        }
        return new TimelineItem(time.getURI(), kind, label(pub, s, property, kind), Hrefs.of(pub, s), when,
                entities, articles, quotes);
    }

    /** The excerpts the graphs holding the item's time triple are derived from, in IRI order. */
    private static Set<Node> excerpts(Publication pub, Node s, String property, Node time) {
        Set<Node> out = new TreeSet<>(Comparator.comparing(Node::getURI));
        pub.dataset().find(Node.ANY, s, pub.term(property), time).forEachRemaining((Quad q) ->
                pub.dataset().find(Node.ANY, q.getGraph(), PROV.wasDerivedFrom.asNode(), Node.ANY)
                        .forEachRemaining(d -> out.add(d.getObject())));
        return out;
    }

    private static String label(Publication pub, Node s, String property, String kind) {
        if (kind.equals("claim")) {
            Node claimant = Select.object(pub, s, pub.term("claimant"));
            Node rendering = Select.object(pub, s, pub.term("rendering"));
            Node text = rendering == null ? null : Select.object(pub, rendering, pub.term("text"));
            return (claimant == null ? "" : Hrefs.label(pub, claimant) + ": ")
                    + (text == null ? Hrefs.label(pub, s) : Hrefs.shorten(text.getLiteralLexicalForm(), 120));
        }
        String verb = VERBS.get(property);
        return Hrefs.label(pub, s) + (verb == null ? "" : " " + verb);
    }

    private static boolean isA(Publication pub, Node s, String cls) {
        return pub.union().contains(s, RDF.type.asNode(), pub.term(cls));
    }
}
