package dev.chinaai.kg.server.watch;

import dev.chinaai.kg.diagnostics.InvalidInputException;
import dev.chinaai.kg.diagnostics.KgException;
import dev.chinaai.kg.diagnostics.Problem;
import dev.chinaai.kg.graph.IriBase;
import dev.chinaai.kg.graph.KnowledgeGraph;
import dev.chinaai.kg.project.ProjectLayout;
import dev.chinaai.kg.server.KgServer;
import dev.chinaai.kg.validation.GraphValidator;
import dev.chinaai.kg.validation.ValidationResult;
import java.io.PrintWriter;
import java.util.List;

/**
 * One rebuild of a watching server: build and validate the project as
 * {@code build} does; a graph that conforms is swapped in and clears the
 * reported problems, anything else leaves the served graph alone and reports
 * the problems with the same lines {@code build} prints.
 */
public final class Rebuild implements Runnable {
    private final ProjectLayout layout;
    private final KgServer server;
    private final PrintWriter log;

    public Rebuild(ProjectLayout layout, KgServer server, PrintWriter log) {
        this.layout = layout;
        this.server = server;
        this.log = log;
    }

    @Override
    public void run() {
        long t0 = System.nanoTime();
        List<String> problems;
        try {
            KnowledgeGraph.Built built = KnowledgeGraph.build(layout);
            ValidationResult result = GraphValidator.fromProject(layout).validate(built.dataset());
            if (result.conforms()) {
                long quads = server.republish(built.dataset(), IriBase.CANONICAL);
                server.rebuildStatus().set(List.of());
                log.printf("watch: rebuilt and swapped in: %d quads in %d ms%n", quads, millisSince(t0));
                log.flush();
                return;
            }
            problems = result.violations().stream().toList();
        } catch (InvalidInputException e) {
            problems = e.problems().stream().map(Problem::toString).toList();
        } catch (KgException e) {
            problems = e.getMessage().lines().toList();
        }
        server.rebuildStatus().set(problems);
        problems.forEach(log::println);
        log.printf("watch: %d problem(s) after %d ms; still serving the last graph that built; fix them and save%n",
                problems.size(), millisSince(t0));
        log.flush();
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
