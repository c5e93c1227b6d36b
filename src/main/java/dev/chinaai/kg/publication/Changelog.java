package dev.chinaai.kg.publication;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * What changed between two releases, quad by quad, grouped by the entity,
 * claim, excerpt or graph each quad is about. Quads with blank nodes (only the
 * ontology has them) cannot be matched one by one across two files, so a graph
 * holding any is compared as a whole, by isomorphism, and replaced as a whole
 * when it differs.
 *
 * @param groups each group's removed and added quads, by group name in order
 */
public record Changelog(Map<String, Change> groups) {
    /** IRI spaces under the base and what their resources are called in the summary. */
    private static final Map<String, String> KINDS = new java.util.LinkedHashMap<>(Map.of(
            "id/", "entity", "claim/", "claim", "excerpt/", "excerpt", "graph/", "graph"));

    /** The quads a group lost and gained, each sorted. */
    public record Change(List<Quad> removed, List<Quad> added) {
    }

    /** The changes from {@code before} (null: no earlier release) to {@code after}, both under {@code base}. */
    public static Changelog between(DatasetGraph before, DatasetGraph after, String base) {
        Set<Quad> old = new HashSet<>();
        if (before != null) {
            before.find().forEachRemaining(old::add);
        }
        Set<Quad> now = new HashSet<>();
        after.find().forEachRemaining(now::add);
        Set<Node> wholeGraphs = new HashSet<>();
        for (Set<Quad> side : List.of(old, now)) {
            side.stream().filter(Changelog::hasBlank).forEach(q -> wholeGraphs.add(q.getGraph()));
        }
        // Compared once per graph: a graph with blank nodes is unchanged when the two are isomorphic.
        Set<Node> unchanged = new HashSet<>();
        for (Node g : wholeGraphs) {
            if (before != null && before.getGraph(g).isIsomorphicWith(after.getGraph(g))) {
                unchanged.add(g);
            }
        }
        Map<String, Change> groups = new TreeMap<>();
        for (Quad q : old) {
            if (!now.contains(q) && !unchanged.contains(q.getGraph())) {
                groups.computeIfAbsent(group(q, base), k -> new Change(new ArrayList<>(), new ArrayList<>())).removed().add(q);
            }
        }
        for (Quad q : now) {
            if (!old.contains(q) && !unchanged.contains(q.getGraph())) {
                groups.computeIfAbsent(group(q, base), k -> new Change(new ArrayList<>(), new ArrayList<>())).added().add(q);
            }
        }
        Comparator<Quad> order = Comparator.comparing(NodeFmtLib::str);
        groups.values().forEach(c -> {
            c.removed().sort(order);
            c.added().sort(order);
        });
        return new Changelog(groups);
    }

    private static boolean hasBlank(Quad q) {
        return q.getSubject().isBlank() || q.getObject().isBlank();
    }

    /** What a quad is about: its claim (by its graph), else the resource its subject names. */
    static String group(Quad q, String base) {
        String g = q.getGraph().isURI() ? q.getGraph().getURI() : "";
        if (g.startsWith(base + "graph/claim/")) {
            return "claim " + g.substring((base + "graph/claim/").length());
        }
        Node s = q.getSubject();
        if (!s.isURI()) {
            return "graph " + (g.startsWith(base) ? g.substring(base.length()) : g);
        }
        String iri = s.getURI().replaceFirst("#.*$", "");
        for (Map.Entry<String, String> kind : KINDS.entrySet()) {
            if (iri.startsWith(base + kind.getKey())) {
                return kind.getValue() + " " + iri.substring((base + kind.getKey()).length());
            }
        }
        return "resource " + (iri.startsWith(base) ? iri.substring(base.length()) : iri);
    }

    public int added() {
        return groups.values().stream().mapToInt(c -> c.added().size()).sum();
    }

    public int removed() {
        return groups.values().stream().mapToInt(c -> c.removed().size()).sum();
    }

    /**
     * The changes as an RDF Patch (one transaction; removals then additions, group
     * by group), with the release as its {@code id} and the previous one as {@code prev}.
     */
    public byte[] patch(String releaseIri, String previousIri) {
        RDFPatch patch = RDFPatchOps.build(c -> {
            c.header("id", NodeFactory.createURI(releaseIri));
            if (previousIri != null) {
                c.header("prev", NodeFactory.createURI(previousIri));
            }
            c.txnBegin();
            groups.values().forEach(ch -> {
                ch.removed().forEach(q -> c.delete(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()));
                ch.added().forEach(q -> c.add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()));
            });
            c.txnCommit();
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFPatchOps.write(out, patch);
        return out.toByteArray();
    }

    /** The changes as Markdown for people: counts, then each group's quads (for a first release, counts only). */
    public byte[] summary(String version, String previous, String base) {
        StringBuilder b = new StringBuilder("# Release ").append(version).append("\n\n");
        if (previous == null) {
            b.append("The first release: ").append(added()).append(" quads about ").append(groups.size())
                    .append(" entities, claims, excerpts and graphs.\n");
            Map<String, Integer> kinds = new TreeMap<>();
            groups.keySet().forEach(g -> kinds.merge(g.substring(0, g.indexOf(' ')), 1, Integer::sum));
            kinds.forEach((k, n) -> b.append("\n- ").append(n).append(" × ").append(k));
            return b.append('\n').toString().getBytes(StandardCharsets.UTF_8);
        }
        b.append("Changes since release ").append(previous).append(": ").append(added()).append(" quads added, ")
                .append(removed()).append(" removed, in ").append(groups.size())
                .append(" entities, claims, excerpts and graphs. The same changes, machine-readable: `changes.rdfp` (RDF Patch).\n");
        groups.forEach((name, c) -> {
            b.append("\n## ").append(name).append("\n\n");
            c.removed().forEach(q -> b.append("- removed: ").append(line(q, base)).append('\n'));
            c.added().forEach(q -> b.append("- added: ").append(line(q, base)).append('\n'));
        });
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String line(Quad q, String base) {
        return "`" + shortForm(q.getSubject(), base) + " " + shortForm(q.getPredicate(), base) + " "
                + shortForm(q.getObject(), base) + "` in `" + shortForm(q.getGraph(), base) + "`";
    }

    private static String shortForm(Node n, String base) {
        String s = NodeFmtLib.strNT(n).replace("`", "'");
        return n.isURI() && n.getURI().startsWith(base) ? "<" + n.getURI().substring(base.length()) + ">" : s;
    }
}
