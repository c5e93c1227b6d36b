package dev.chinaai.kg.validation;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;

/**
 * The data graph of one validation run, which also answers "is this node an
 * instance of that class, following rdfs:subClassOf" from superclass sets
 * worked out once per class. Jena's sh:class check walks the subclass
 * hierarchy again from every type of every value it checks; the data graph does
 * not change while it is validated, so one walk per class gives the same
 * answer. Made afresh for each run and used by one thread.
 */
final class TypeClosureGraph extends WrappedGraph {
    private final Map<Node, Set<Node>> superClasses = new HashMap<>();

    TypeClosureGraph(Graph data) {
        super(data);
    }

    /**
     * Whether one of the node's rdf:type values is {@code cls} or has it among
     * its superclasses: what Jena's {@code G.allTypesOfNodeRDFS(data,
     * node).contains(cls)} says.
     */
    boolean hasType(Node node, Node cls) {
        var types = base.find(node, RDF.Nodes.type, Node.ANY);
        try {
            while (types.hasNext()) {
                Node type = types.next().getObject();
                if (type.equals(cls) || superClasses.computeIfAbsent(type, t -> G.superClasses(base, t)).contains(cls)) {
                    return true;
                }
            }
            return false;
        } finally {
            types.close();
        }
    }
}
