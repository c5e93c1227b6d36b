package dev.chinaai.kg.server.pages.explore;

import dev.chinaai.kg.server.http.Publication;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

/** A SELECT over the union of the publication's graphs (what the public endpoint shows), {@code cai:} bound to its ontology. */
final class Select {
    private Select() {
    }

    /** The rows, each variable to its value (unbound variables are absent). Call inside a read transaction. */
    static List<Map<String, Node>> rows(Publication pub, String query) {
        String q = "PREFIX cai: <" + pub.base().ontologyNamespace() + ">\n"
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" + query;
        List<Map<String, Node>> out = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(DatasetGraphFactory.wrap(pub.union())).query(q).build()) {
            RowSet rs = qe.select();
            rs.forEachRemaining(b -> {
                Map<String, Node> row = new HashMap<>();
                b.vars().forEachRemaining(v -> row.put(v.getVarName(), b.get(v)));
                out.add(row);
            });
        }
        return out;
    }

    /** The first object of the subject and property in the union graph, or null. Call inside a read transaction. */
    static Node object(Publication pub, Node s, Node p) {
        return pub.union().find(s, p, Node.ANY).nextOptional().map(org.apache.jena.graph.Triple::getObject).orElse(null);
    }

    /** The lexical form of a literal in the row, or null. */
    static String text(Map<String, Node> row, String var) {
        Node n = row.get(var);
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }
}
