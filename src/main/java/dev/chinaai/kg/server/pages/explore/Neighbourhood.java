package dev.chinaai.kg.server.pages.explore;

import dev.chinaai.kg.server.http.Publication;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * The picture of an entity's neighbourhood: the entities it links to and
 * that link to it (one hop; claims, excerpts and statements are left to the
 * debates and quotes), placed on an ellipse around it in a fixed order, so
 * the same graph always gives the same picture. Beyond {@link #CAP}
 * neighbours the picture stops and says how many more there are.
 */
public final class Neighbourhood {
    /** Most neighbours drawn; more would not stay legible at this size. */
    static final int CAP = 24;
    static final int WIDTH = 900;
    static final int HEIGHT = 560;

    private record Edge(Node other, boolean outgoing, TreeSet<String> labels) {
    }

    private Neighbourhood() {
    }

    /** The view for the graph template, or null when the entity has no neighbour. Call inside a read transaction. */
    public static Map<String, Object> of(Publication pub, Node entity) {
        List<Edge> edges = edges(pub, entity);
        if (edges.isEmpty()) {
            return null;
        }
        List<Edge> drawn = edges.subList(0, Math.min(CAP, edges.size()));
        double cx = WIDTH / 2.0;
        double cy = HEIGHT / 2.0;
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            Edge e = drawn.get(i);
            // Start at the top, go clockwise; with many neighbours every other one sits on an inner ring.
            double a = -Math.PI / 2 + 2 * Math.PI * i / drawn.size();
            double ring = drawn.size() > 12 && i % 2 == 1 ? 0.72 : 1.0;
            double x = cx + Math.cos(a) * (WIDTH / 2.0 - 210) * ring;
            double y = cy + Math.sin(a) * (HEIGHT / 2.0 - 50) * ring;
            nodes.add(node(pub, e, x, y, cx, cy, Math.cos(a)));
        }
        Map<String, Object> v = new HashMap<>();
        v.put("width", WIDTH);
        v.put("height", HEIGHT);
        v.put("cx", fmt(cx));
        v.put("cy", fmt(cy));
        v.put("centreLabel", Hrefs.shorten(Hrefs.label(pub, entity), 32));
        v.put("centreGroup", Palette.group(pub, entity));
        v.put("nodes", nodes);
        v.put("shown", drawn.size());
        v.put("total", edges.size());
        v.put("more", edges.size() > drawn.size());
        v.put("groups", nodes.stream().map(n -> n.get("group")).distinct().sorted()
                .map(g -> Map.of("group", g, "name", Palette.NAMES.get(g))).toList());
        return v;
    }

    /** A query that lists every neighbour the picture may leave out, for the "more" link to the query page. */
    public static String query(Node entity) {
        return "SELECT ?direction ?property ?neighbour WHERE {\n"
                + "  { <" + entity.getURI() + "> ?property ?neighbour BIND(\"out\" AS ?direction) }\n"
                + "  UNION { ?neighbour ?property <" + entity.getURI() + "> BIND(\"in\" AS ?direction) }\n"
                + "  FILTER(isIRI(?neighbour) && CONTAINS(STR(?neighbour), \"/id/\") && !CONTAINS(STR(?neighbour), \"#\"))\n"
                + "  FILTER(?property != <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>)\n"
                + "} ORDER BY ?direction ?property ?neighbour";
    }

    /** One edge per neighbour (its property labels merged), outgoing first, then by property and label. */
    private static List<Edge> edges(Publication pub, Node entity) {
        Map<String, Edge> byKey = new LinkedHashMap<>();
        for (Triple t : pub.union().find(entity, Node.ANY, Node.ANY).toList()) {
            add(pub, byKey, t.getObject(), true, t.getPredicate());
        }
        for (Triple t : pub.union().find(Node.ANY, Node.ANY, entity).toList()) {
            add(pub, byKey, t.getSubject(), false, t.getPredicate());
        }
        List<Edge> out = new ArrayList<>(byKey.values());
        out.sort(Comparator.comparing((Edge e) -> !e.outgoing()).thenComparing(e -> e.labels().first())
                .thenComparing(e -> Hrefs.label(pub, e.other()).toLowerCase(Locale.ROOT)));
        return out;
    }

    private static void add(Publication pub, Map<String, Edge> byKey, Node other, boolean out, Node p) {
        if (!Hrefs.entity(pub, other) || p.equals(RDF.type.asNode())) {
            return;
        }
        String key = (out ? ">" : "<") + other.getURI();
        byKey.computeIfAbsent(key, k -> new Edge(other, out, new TreeSet<>())).labels().add(Hrefs.label(pub, p));
    }

    private static Map<String, Object> node(Publication pub, Edge e, double x, double y, double cx, double cy, double cos) {
        Map<String, Object> n = new HashMap<>();
        String label = Hrefs.label(pub, e.other());
        n.put("href", Hrefs.of(pub, e.other()));
        n.put("label", Hrefs.shorten(label, 26));
        n.put("fullLabel", label);
        String group = Palette.group(pub, e.other());
        n.put("group", group);
        n.put("groupName", Palette.NAMES.get(group));
        n.put("x", fmt(x));
        n.put("y", fmt(y));
        n.put("tx", fmt(x + (cos > 0.2 ? 14 : cos < -0.2 ? -14 : 0)));
        n.put("ty", fmt(Math.abs(cos) > 0.2 ? y + 5 : y + (y < cy ? -14 : 24)));
        n.put("anchor", cos > 0.2 ? "start" : cos < -0.2 ? "end" : "middle");
        // The edge runs from its source to its target, stopping short of both circles so the arrowhead shows.
        double[] from = e.outgoing() ? new double[] {cx, cy} : new double[] {x, y};
        double[] to = e.outgoing() ? new double[] {x, y} : new double[] {cx, cy};
        double len = Math.hypot(to[0] - from[0], to[1] - from[1]);
        double ux = (to[0] - from[0]) / len;
        double uy = (to[1] - from[1]) / len;
        double fromGap = e.outgoing() ? 22 : 10;
        double toGap = e.outgoing() ? 12 : 24;
        n.put("x1", fmt(from[0] + ux * fromGap));
        n.put("y1", fmt(from[1] + uy * fromGap));
        n.put("x2", fmt(to[0] - ux * toGap));
        n.put("y2", fmt(to[1] - uy * toGap));
        n.put("lx", fmt(cx + (x - cx) * 0.58));
        n.put("ly", fmt(cy + (y - cy) * 0.58 - 3));
        n.put("edgeLabel", String.join(", ", e.labels()));
        n.put("outgoing", e.outgoing());
        return n;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
