package dev.chinaai.kg.mapping;

import dev.chinaai.kg.vocab.CAI;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The IRI templates of everything the mapping mints, under the canonical
 * base. Readable slugs only: ids are checked to be {@code [a-z0-9-]} slugs.
 */
public final class Iris {
    /** The graph that holds excerpts, selectors, articles and which graph came from which excerpt. */
    public static final Node PROVENANCE_GRAPH = NodeFactory.createURI(CAI.BASE + "graph/provenance");
    /** The graph that holds the ontology, so that queries can read class and property labels. */
    public static final Node ONTOLOGY_GRAPH = NodeFactory.createURI(CAI.BASE + "graph/ontology");

    private Iris() {
    }

    public static Node entity(String id) {
        return NodeFactory.createURI(CAI.BASE + "id/" + id);
    }

    public static Node excerpt(String seed, String id) {
        return NodeFactory.createURI(CAI.BASE + "excerpt/" + seed + "/" + id);
    }

    public static Node claim(String id) {
        return NodeFactory.createURI(CAI.BASE + "claim/" + id);
    }

    /** The named graph of the facts one excerpt states. */
    public static Node excerptGraph(String seed, String id) {
        return NodeFactory.createURI(CAI.BASE + "graph/" + seed + "/" + id);
    }

    /** The named graph of a registry entity's type and names. */
    public static Node registryGraph(String id) {
        return NodeFactory.createURI(CAI.BASE + "graph/registry/" + id);
    }

    /** The named graph of one claim. */
    public static Node claimGraph(String id) {
        return NodeFactory.createURI(CAI.BASE + "graph/claim/" + id);
    }

    /** A part of a resource that has no life of its own (a selector, a time): a fragment of its IRI. */
    public static Node part(Node owner, String fragment) {
        return NodeFactory.createURI(owner.getURI() + "#" + fragment);
    }
}
