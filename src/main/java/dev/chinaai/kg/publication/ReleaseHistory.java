package dev.chinaai.kg.publication;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Since which release each statement is published: for every triple of the
 * latest release, the earliest release from which it is in every release up
 * to the latest. Triples are compared with the base IRI of each release taken
 * out, so releases written under another base and a server under yet another
 * agree. Triples with blank nodes (the ontology's axioms) are not tracked.
 * It keeps the shelf it was read from, which a server publishes with it.
 */
public final class ReleaseHistory {
    /** A history of no releases: nothing is released yet. */
    public static final ReleaseHistory NONE = new ReleaseHistory(null, List.of(), Map.of());

    private final ReleaseShelf shelf;
    private final List<ReleaseVersion> versions;
    private final Map<String, ReleaseVersion> since;

    private ReleaseHistory(ReleaseShelf shelf, List<ReleaseVersion> versions, Map<String, ReleaseVersion> since) {
        this.shelf = shelf;
        this.versions = List.copyOf(versions);
        this.since = since;
    }

    /** Reads every release of the shelf (newest first, stopping where nothing is left to date). */
    public static ReleaseHistory of(ReleaseShelf shelf) {
        List<ReleaseVersion> versions = shelf.versions();
        Map<String, ReleaseVersion> since = new HashMap<>();
        Set<String> current = null;
        for (int i = versions.size() - 1; i >= 0 && (current == null || !current.isEmpty()); i--) {
            ReleaseVersion v = versions.get(i);
            Set<String> keys = keys(shelf.dataset(v), shelf.base(v));
            if (current != null) {
                keys.retainAll(current);
            }
            for (String k : keys) {
                since.put(k, v);
            }
            current = keys;
        }
        return new ReleaseHistory(shelf, versions, since);
    }

    /** The folder the releases were read from, or null for {@link #NONE}. */
    public ReleaseShelf shelf() {
        return shelf;
    }

    /** The releases, oldest first. */
    public List<ReleaseVersion> versions() {
        return versions;
    }

    /** The release since which the triple is published, or null if the latest release does not have it. */
    public ReleaseVersion since(Triple t, String base) {
        return since.get(key(t.getSubject(), t.getPredicate(), t.getObject(), base));
    }

    private static Set<String> keys(DatasetGraph d, String base) {
        Set<String> keys = new HashSet<>();
        d.find().forEachRemaining(q -> {
            if (!q.getSubject().isBlank() && !q.getObject().isBlank()) {
                keys.add(key(q.getSubject(), q.getPredicate(), q.getObject(), base));
            }
        });
        return keys;
    }

    private static String key(Node s, Node p, Node o, String base) {
        return term(s, base) + ' ' + term(p, base) + ' ' + term(o, base);
    }

    private static String term(Node n, String base) {
        return n.isURI() && n.getURI().startsWith(base) ? "<~/" + n.getURI().substring(base.length()) + ">"
                : NodeFmtLib.strNT(n);
    }
}
