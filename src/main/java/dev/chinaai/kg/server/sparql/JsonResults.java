package dev.chinaai.kg.server.sparql;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.impl.Util;
import org.apache.jena.riot.out.NodeToLabel;
import org.apache.jena.riot.system.SyntaxLabels;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;

/**
 * A SELECT answer in SPARQL 1.1 Query Results JSON, written compactly in one
 * pass into one array: the same document as Jena's writer (same members,
 * values, blank node labels), without its indentation, which cost a fifth of an
 * uncached lookup (bench/RESULTS.md, "Uncached request path"). URIs, blank
 * nodes and literals are written here; an answer holding anything else (an
 * RDF 1.2 triple term) is {@link Unsupported} and goes to Jena's writer.
 */
final class JsonResults {
    /** An answer this writer leaves to Jena's. */
    static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported(Node n) {
            super("not written here: " + n, null, false, false);
        }
    }

    private final StringBuilder out = new StringBuilder(4096);
    private final NodeToLabel labels = ARQ.getContext().isTrue(ARQ.outputGraphBNodeLabels)
            ? SyntaxLabels.createNodeToLabelAsGiven() : SyntaxLabels.createNodeToLabel();

    private JsonResults() {
    }

    /** The document of the rows, with {@code head.link} when a link is given; throws Unsupported. */
    static byte[] write(RowSet rows, String link) {
        return new JsonResults().document(rows, link).toString().getBytes(StandardCharsets.UTF_8);
    }

    private StringBuilder document(RowSet rows, String link) {
        List<Var> vars = rows.getResultVars();
        out.append("{\"head\":{\"vars\":[");
        for (int i = 0; i < vars.size(); i++) {
            out.append(i == 0 ? "" : ",");
            string(vars.get(i).getVarName());
        }
        out.append(']');
        if (link != null) {
            out.append(",\"link\":[");
            string(link);
            out.append(']');
        }
        out.append("},\"results\":{\"bindings\":[");
        boolean first = true;
        while (rows.hasNext()) {
            out.append(first ? "\n{" : ",\n{");
            first = false;
            row(vars, rows.next());
            out.append('}');
        }
        return out.append("\n]}}\n");
    }

    private void row(List<Var> vars, Binding b) {
        boolean first = true;
        for (Var v : vars) {
            Node n = b.get(v);
            if (n != null) {
                out.append(first ? "" : ",");
                first = false;
                string(v.getVarName());
                out.append(':');
                value(n);
            }
        }
    }

    private void value(Node n) {
        if (n.isURI()) {
            out.append("{\"type\":\"uri\",\"value\":");
            string(n.getURI());
        } else if (n.isBlank()) {
            out.append("{\"type\":\"bnode\",\"value\":");
            // The label as Jena writes it, without its "_:".
            string(labels.get(null, n).substring(2));
        } else if (n.isLiteral()) {
            literal(n);
        } else {
            throw new Unsupported(n);
        }
        out.append('}');
    }

    private void literal(Node n) {
        out.append("{\"type\":\"literal\",\"value\":");
        string(n.getLiteralLexicalForm());
        if (Util.isLangString(n) || Util.isDirLangString(n)) {
            out.append(",\"xml:lang\":");
            string(n.getLiteralLanguage());
            TextDirection dir = n.getLiteralBaseDirection();
            if (dir != null) {
                out.append(",\"its:dir\":");
                string(dir.direction());
            }
        } else if (!Util.isSimpleString(n)) {
            out.append(",\"datatype\":");
            string(n.getLiteralDatatypeURI());
        }
    }

    /** A JSON string (RFC 8259 7): runs without escapes are appended whole. */
    private void string(String s) {
        out.append('"');
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20) {
                out.append(s, start, i);
                escape(c);
                start = i + 1;
            }
        }
        out.append(s, start, s.length()).append('"');
    }

    private void escape(char c) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            default -> out.append(String.format("\\u%04x", (int) c));
        }
    }
}
