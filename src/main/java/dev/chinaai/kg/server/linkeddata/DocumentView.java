package dev.chinaai.kg.server.linkeddata;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * A document as its writers see it, without copying it: its triples with
 * the prefixes to abbreviate them, and, when the document is a resource's,
 * that resource's own statements listed first and the others after them
 * (subject by subject, as the document lists them), so that a reader of
 * Turtle or N-Triples meets what the document is about at its top.
 */
final class DocumentView extends WrappedGraph {
    private final PrefixMapping prefixes;
    /** The resource whose statements come first; {@code Node.ANY} for a document of no one resource. */
    private final Node first;

    DocumentView(Graph document, PrefixMapping prefixes, Node first) {
        super(document);
        this.prefixes = prefixes;
        this.first = first;
    }

    @Override
    public PrefixMapping getPrefixMapping() {
        return prefixes;
    }

    @Override
    public ExtendedIterator<Triple> find(Triple m) {
        return find(m.getSubject(), m.getPredicate(), m.getObject());
    }

    @Override
    public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
        if (first == Node.ANY || !any(s) || !any(p) || !any(o)) {
            return base.find(s, p, o);
        }
        return base.find(first, Node.ANY, Node.ANY)
                .andThen(base.find(Node.ANY, Node.ANY, Node.ANY).filterDrop(t -> t.getSubject().equals(first)));
    }

    private static boolean any(Node n) {
        return n == null || n == Node.ANY;
    }
}
