package dev.chinaai.kg.server.sparql;

import dev.chinaai.kg.server.http.Publication;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.lucene.queryparser.classic.QueryParserBase;

/**
 * Full-text search for the search page: the words are escaped for Lucene
 * (a visitor types words, not query syntax), run through jena-text's
 * {@code text:query} over the default field, and each hit is reported with the
 * resource that owns the matched literal (a quote selector belongs to its
 * excerpt, a rendering to its claim) and the literal cut into marked and
 * unmarked parts.
 */
public final class TextSearch {
    static final int LIMIT = 50;
    private static final Query QUERY = QueryFactory.create("""
            PREFIX text: <http://jena.apache.org/text#>
            SELECT ?s ?score ?lit WHERE { (?s ?score ?lit) text:query (?q ?limit) } ORDER BY DESC(?score) ?s""");

    /** One hit: the owning resource and the matched text in parts. */
    public record Hit(Node owner, String text, List<Map<String, Object>> parts, double score) {
    }

    private TextSearch() {
    }

    public static List<Hit> search(Publication pub, String words) {
        String escaped = QueryParserBase.escape(words.strip());
        if (escaped.isEmpty()) {
            return List.of();
        }
        Map<Node, Hit> byOwner = new LinkedHashMap<>();
        Txn.executeRead(pub.dataset(), () -> {
            try (QueryExec qe = QueryExec.dataset(pub.dataset()).query(QUERY)
                    .substitution("q", NodeFactory.createLiteralString(escaped))
                    .substitution("limit", NodeFactory.createLiteralDT(Integer.toString(LIMIT * 4),
                            org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)).build()) {
                RowSet rows = qe.select();
                rows.forEachRemaining(b -> {
                    Node s = b.get("s");
                    Node lit = b.get("lit");
                    Node owner = owner(s);
                    if (lit != null && byOwner.size() < LIMIT && !byOwner.containsKey(owner)) {
                        String text = lit.getLiteralLexicalForm();
                        byOwner.put(owner, new Hit(owner, text, mark(text, words),
                                ((Number) b.get("score").getLiteralValue()).doubleValue()));
                    }
                });
            }
        });
        return new ArrayList<>(byOwner.values());
    }

    private static Node owner(Node s) {
        if (s.isURI() && s.getURI().contains("#") && !s.getURI().contains("/ontology#")) {
            return NodeFactory.createURI(s.getURI().substring(0, s.getURI().indexOf('#')));
        }
        return s;
    }

    /** Cuts the text into parts, marking words that start with a searched word (case- and umlaut-insensitive stems). */
    static List<Map<String, Object>> mark(String text, String words) {
        List<String> stems = new ArrayList<>();
        for (String w : words.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 2) {
                stems.add(Pattern.quote(w.length() > 4 ? w.substring(0, w.length() - 1) : w));
            }
        }
        List<Map<String, Object>> parts = new ArrayList<>();
        if (stems.isEmpty()) {
            parts.add(Map.of("text", text, "mark", false));
            return parts;
        }
        Matcher m = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(" + String.join("|", stems) + ")[\\p{L}\\p{N}]*").matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                parts.add(Map.of("text", text.substring(last, m.start()), "mark", false));
            }
            parts.add(Map.of("text", m.group(), "mark", true));
            last = m.end();
        }
        if (last < text.length()) {
            parts.add(Map.of("text", text.substring(last), "mark", false));
        }
        return parts;
    }

}
