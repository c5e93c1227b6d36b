package dev.chinaai.kg.server.pages.explore;

import dev.chinaai.kg.server.http.Publication;
import org.apache.jena.graph.Node;

/** Where a node of the graph is read by a person, and what it is called there. */
public final class Hrefs {
    private Hrefs() {
    }

    /**
     * Links within the publication go to the HTML document; other http(s) IRIs
     * stay as they are; any other scheme (javascript:, data:, file:) gives null,
     * so that it is shown as text, never as a link.
     */
    public static String of(Publication pub, Node n) {
        if (!n.isURI()) {
            return null;
        }
        String uri = n.getURI();
        if (!uri.startsWith("http://") && !uri.startsWith("https://")) {
            return null;
        }
        String base = pub.base().iri();
        if (uri.startsWith(base + "ontology#")) {
            return base + "ontology.html#" + uri.substring((base + "ontology#").length());
        }
        return uri.startsWith(base) && !uri.contains("#") ? uri + ".html" : uri;
    }

    /**
     * The link for a page that sits at the root of the publication ({@code /claims}):
     * relative, so that a page with hundreds of links does not repeat the base in each.
     */
    static String fromRoot(Publication pub, Node n) {
        String href = of(pub, n);
        return href != null && href.startsWith(pub.base().iri()) ? href.substring(pub.base().iri().length()) : href;
    }

    /** The path of a resource of the publication ("id/deepseek"), or null for any other node. */
    static String path(Publication pub, Node n) {
        String base = pub.base().iri();
        return n.isURI() && n.getURI().startsWith(base) ? n.getURI().substring(base.length()) : null;
    }

    /** Whether the node is an entity of the publication (under {@code id/}, not a fragment such as a time). */
    static boolean entity(Publication pub, Node n) {
        return n.isURI() && n.getURI().startsWith(pub.base().iri() + "id/") && !n.getURI().contains("#");
    }

    /** The English label, else the last part of the IRI. Call inside a read transaction. */
    static String label(Publication pub, Node n) {
        String l = n.isURI() ? pub.label(n, "en") : null;
        if (l != null) {
            return l;
        }
        String s = n.isURI() ? n.getURI() : n.toString();
        return s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('#')) + 1);
    }

    /** At most {@code max} characters, cut at a word with an ellipsis. */
    static String shorten(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max - 1);
        return s.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }
}
