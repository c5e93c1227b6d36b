package dev.chinaai.kg.cli;

import dev.chinaai.kg.annotation.Annotations;
import dev.chinaai.kg.annotation.yaml.AnnotationLoader;
import dev.chinaai.kg.curation.LeaveOneOut;
import dev.chinaai.kg.project.ProjectLayout;
import dev.chinaai.kg.seed.SeedCorpus;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code annotate-bench} (hidden; run by {@code bench/annotate.sh}): drafts
 * each seed with a registry of only the entities the other seeds mention and
 * prints how the drafts compare with the curated annotations.
 */
@Command(name = "annotate-bench", hidden = true, mixinStandardHelpOptions = true,
        description = "Leave-one-out measurement of annotate against the curated seeds; prints a Markdown table.")
final class AnnotateBenchCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ProjectLayout layout = project.layout();
        Annotations curated = AnnotationLoader.load(layout.mappings(), "mappings/");
        spec.commandLine().getOut().print(LeaveOneOut.table(LeaveOneOut.run(curated, SeedCorpus.load(layout.seeds()))));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
