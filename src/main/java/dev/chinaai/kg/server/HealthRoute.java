package dev.chinaai.kg.server;

import dev.chinaai.kg.server.http.Publication;
import dev.chinaai.kg.server.http.Responses;
import dev.chinaai.kg.server.http.Route;
import dev.chinaai.kg.server.store.GermanSearchAnalyzer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;

/**
 * {@code /health}: whether this replica can answer, for a load balancer's
 * health check. 200 only when the store is open (a read transaction finds a
 * label) and the text index answers (a search for a word of that label finds
 * it), and the server's warm-up is over; 503 with the reason otherwise, so
 * a balancer takes the replica out (or does not yet send it traffic). Never
 * cached: the answer is about this process now, not about the release.
 */
final class HealthRoute implements Route {
    /**
     * Set while the server asks itself for one answer of each kind before it calls itself ready: at 1000x
     * the landing page's statistics alone take seconds, and a replica that took traffic then answered its
     * first clients (and a benchmark's first cells) at a fraction of its speed.
     */
    private volatile boolean warmingUp;

    void warmingUp(boolean on) {
        warmingUp = on;
    }

    @Override
    public boolean handle(Publication pub, String path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String problem = warmingUp ? "warming up (the first answer of each kind)" : problem(pub.dataset());
        response.setHeader("Cache-Control", "no-store");
        if (problem != null) {
            response.setHeader("Retry-After", "2");
            Responses.plain(response, 503, "not ready: " + problem);
        } else {
            Responses.plain(response, 200, "ready: release " + pub.release());
        }
        return true;
    }

    /** What keeps the dataset from answering, or null when it answers. */
    static String problem(DatasetGraph dataset) {
        if (!(dataset instanceof DatasetGraphText text)) {
            return "the dataset has no text index";
        }
        String word;
        try {
            word = Txn.calculateRead(dataset, () -> probeWord(dataset));
        } catch (RuntimeException e) {
            return "the store does not answer (" + reason(e) + ")";
        }
        if (word == null) {
            return "the store holds no label";
        }
        try {
            List<TextHit> hits = text.getTextIndex().query((Node) null, word, null, null, 1);
            return hits.isEmpty() ? "the text index does not find \"" + word + "\", a word of a label in the store" : null;
        } catch (RuntimeException e) {
            return "the text index does not answer (" + reason(e) + ")";
        }
    }

    /**
     * The longest word of the first label that has a word the index keeps:
     * labels are indexed, but a German stop word ("mit" of the label "MIT")
     * is dropped by the analyzer and would never be found.
     */
    static String probeWord(DatasetGraph dataset) {
        var it = dataset.find(Node.ANY, Node.ANY, RDFS.label.asNode(), Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (!o.isLiteral()) {
                continue;
            }
            String best = null;
            for (String w : o.getLiteralLexicalForm().split("\\s+")) {
                // Lower case: an upper-case AND, OR or NOT would be an operator to the query parser.
                String word = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "").toLowerCase(Locale.ROOT);
                // Only letters and digits between spaces: the tokenizer keeps "DALL.E" whole as one word, so a
                // search for "dall" found nothing and /health said not ready whenever that label came first.
                if (word.matches("[\\p{L}\\p{N}]+") && !GermanSearchAnalyzer.isStopWord(word)
                        && (best == null || word.length() > best.length())) {
                    best = word;
                }
            }
            if (best != null && best.length() >= 3) {
                return best;
            }
        }
        return null;
    }

    private static String reason(RuntimeException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
    }
}
