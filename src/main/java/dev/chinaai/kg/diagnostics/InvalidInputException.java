package dev.chinaai.kg.diagnostics;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The input (seeds, annotations, a built dataset) is wrong. Carries every
 * problem found in the run, sorted by location, so that a curator can fix them
 * all at once rather than one per build.
 */
public class InvalidInputException extends KgException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(render(problems));
        this.problems = List.copyOf(problems.stream().sorted().toList());
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String render(List<Problem> problems) {
        String lines = problems.stream().sorted().map(Problem::toString).collect(Collectors.joining("\n"));
        return lines + "\n" + problems.size() + (problems.size() == 1 ? " error" : " errors");
    }
}
