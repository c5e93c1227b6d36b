package dev.chinaai.kg.cli;

import dev.chinaai.kg.annotation.Registry;
import dev.chinaai.kg.annotation.yaml.AnnotationLoader;
import dev.chinaai.kg.curation.Annotator;
import dev.chinaai.kg.curation.DraftWriter;
import dev.chinaai.kg.diagnostics.KgException;
import dev.chinaai.kg.project.ProjectLayout;
import dev.chinaai.kg.seed.SeedText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annotate}: a draft seed annotation for a curator to review, from an article and the registry. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = {"Drafts the annotation of an article: every sentence as an excerpt with the registry entities "
                + "it names (inflected forms too), new entities it proposes, and claims where the text attributes or "
                + "counts something. The draft says draft: true, and build refuses it until a curator has reviewed it "
                + "and deleted that line.",
                "Writes to standard output, or with --out to a file (complete or not at all). Exit code 1 on bad input."})
final class AnnotateCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @Parameters(index = "0", paramLabel = "ARTICLE", description = "The article as UTF-8 plain text, e.g. seeds/003_….txt.")
    Path article;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the draft there instead of to standard output.")
    Path out;

    @Option(names = "--registry", paramLabel = "FILE",
            description = "The registry of known entities (default: mappings/registry.yaml of the project).")
    Path registry;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SeedText text = SeedText.of(article.getFileName().toString(), WholeFiles.read(article, "article"));
        Path registryFile = registry != null ? registry : ProjectLayout.locate(project.project).mappings().resolve("registry.yaml");
        if (!Files.isRegularFile(registryFile)) {
            throw new KgException(registryFile + ": no registry there; give --registry the path of a registry.yaml "
                    + "(entities: [...]) or run in a clone");
        }
        Registry known = AnnotationLoader.loadRegistry(registryFile, registryFile.toString());
        String yaml = DraftWriter.write(new Annotator(known).annotate(text));
        if (out == null) {
            PrintWriter w = spec.commandLine().getOut();
            w.print(yaml);
            w.flush();
        } else {
            WholeFiles.write(out, yaml);
            spec.commandLine().getErr().println("annotate: draft written to " + out
                    + "; review it, then delete its line `draft: true`");
        }
        return 0;
    }
}
