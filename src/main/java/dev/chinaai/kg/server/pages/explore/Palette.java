package dev.chinaai.kg.server.pages.explore;

import dev.chinaai.kg.server.http.Publication;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;

/**
 * The colour group of a node: its most specific class in a fixed order, named
 * by a CSS class ({@code c-person} ...) whose colours {@code static/style.css}
 * gives (each at least 3:1 against the page, as WCAG asks of graphics), and
 * always said in words beside the colour.
 */
final class Palette {
    /** Class local name to group, most specific first. */
    private static final List<Map.Entry<String, String>> GROUPS = List.of(
            Map.entry("Person", "person"), Map.entry("Claim", "claim"), Map.entry("Article", "source"),
            Map.entry("Report", "source"), Map.entry("Model", "model"), Map.entry("Product", "model"),
            Map.entry("Place", "place"), Map.entry("ChipConstraint", "policy"), Map.entry("Policy", "policy"),
            Map.entry("Event", "event"), Map.entry("Activity", "event"), Map.entry("Affiliation", "tie"),
            Map.entry("Group", "organisation"), Map.entry("Organization", "organisation"), Map.entry("Actor", "organisation"));
    /** What each group is called in the legend. */
    static final Map<String, String> NAMES = Map.of("person", "person", "organisation", "organisation or group",
            "model", "model or product", "place", "place", "policy", "policy or chip constraint",
            "event", "event or activity", "source", "article or report", "tie", "affiliation", "claim", "claim",
            "other", "other");

    private Palette() {
    }

    /** The group of the node's most specific known class, "other" when it has none. */
    static String group(Publication pub, Node n) {
        for (Map.Entry<String, String> e : GROUPS) {
            if (pub.union().contains(n, RDF.type.asNode(), pub.term(e.getKey()))) {
                return e.getValue();
            }
        }
        return "other";
    }
}
