package dev.chinaai.kg.validation;

import java.util.List;
import org.apache.jena.graph.Graph;

/**
 * The outcome of SHACL validation: whether the graph conforms, one readable
 * line per violation (focus node, path, value, message), and the W3C
 * validation report as a graph for tools.
 */
public record ValidationResult(boolean conforms, List<String> violations, Graph report) {
    public ValidationResult {
        violations = List.copyOf(violations);
    }

    /** The readable report: one block per result and a count. */
    public String readable() {
        if (conforms) {
            return "SHACL: the graph conforms to the shapes (0 violations)";
        }
        return String.join("\n", violations) + "\nSHACL: " + violations.size() + " violation(s)";
    }
}
