package dev.chinaai.kg.cli;

import dev.chinaai.kg.graph.KnowledgeGraph;
import dev.chinaai.kg.project.ProjectLayout;
import dev.chinaai.kg.validation.GraphValidator;
import dev.chinaai.kg.validation.ValidationResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import picocli.CommandLine.Option;

/** Options every command shares: where the project's input is. */
final class ProjectOptions {
    @Option(names = "--project", paramLabel = "DIR",
            description = "Folder with seeds/, mappings/, ontology/, shapes/ (default: the current folder if it is a "
                    + "clone, else the copy bundled in the jar).")
    Path project;

    ProjectLayout layout() {
        return ProjectLayout.locate(project);
    }

    /** A validated dataset under the canonical base: what {@code build} writes and {@code serve} serves. */
    record Checked(DatasetGraph dataset, ValidationResult validation, KnowledgeGraph.Built built) {
        /**
         * Whether the graph fails its shapes; if so, the report and one line saying
         * what the command did not do ("nothing was written") are printed first.
         */
        boolean refused(PrintWriter err, String command, String consequence) {
            if (validation.conforms()) {
                return false;
            }
            err.println(validation.readable());
            err.println(command + ": the graph does not conform to the shapes; " + consequence);
            return true;
        }
    }

    /** Builds and validates; prints how long each stage took to {@code err}. */
    Checked buildAndValidate(PrintWriter err) {
        ProjectLayout layout = layout();
        ValidationResult result;
        KnowledgeGraph.Built built;
        try (StageProgress progress = new StageProgress(err)) {
            built = KnowledgeGraph.build(layout, progress::stage);
            progress.stage("validate (SHACL)");
            long t = System.nanoTime();
            result = GraphValidator.fromProject(layout).validate(built.dataset());
            built.stageMillis().put("validate (SHACL)", (System.nanoTime() - t) / 1_000_000);
        }
        built.stageMillis().forEach((stage, ms) -> err.printf("  %-24s %6d ms%n", stage, ms));
        err.flush();
        return new Checked(built.dataset(), result, built);
    }
}
