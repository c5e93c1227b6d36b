package dev.chinaai.kg.server.pages.explore;

import dev.chinaai.kg.server.http.Publication;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * The one place that reads times from the graph: every node that says when
 * something happened, with its words, its ISO date or its ISO bounds. Today a
 * {@code cai:TimeDescription} with {@code cai:date}, {@code cai:notBefore} and
 * {@code cai:notAfter}; a model of time with another shape (OWL-Time
 * intervals with a beginning and an end) changes only {@link #QUERY}, as long
 * as it binds the same variables.
 */
public final class TimeAdapter {
    /** Binds ?time (the node a cai:time, cai:founded ... points to), ?text, ?date, ?notBefore, ?notAfter. */
    static final String QUERY = """
            SELECT ?time ?text ?date ?notBefore ?notAfter WHERE {
              ?time a cai:TimeDescription .
              OPTIONAL { ?time cai:timeText ?text }
              OPTIONAL { ?time cai:date ?date }
              OPTIONAL { ?time cai:notBefore ?notBefore }
              OPTIONAL { ?time cai:notAfter ?notAfter }
            }""";

    private TimeAdapter() {
    }

    /** Every time node of the graph, once per publication: the timeline and every entity page's debates ask. */
    private static final PerPublication<Map<Node, When>> TIMES = new PerPublication<>(TimeAdapter::collect);

    /** Every time node of the graph with when it was. Call inside a read transaction. */
    public static Map<Node, When> times(Publication pub) {
        return TIMES.of(pub);
    }

    private static Map<Node, When> collect(Publication pub) {
        Map<Node, When> out = new HashMap<>();
        for (Map<String, Node> row : Select.rows(pub, QUERY)) {
            out.putIfAbsent(row.get("time"), When.of(Select.text(row, "text"), Select.text(row, "date"),
                    Select.text(row, "notBefore"), Select.text(row, "notAfter")));
        }
        return Collections.unmodifiableMap(out);
    }
}
