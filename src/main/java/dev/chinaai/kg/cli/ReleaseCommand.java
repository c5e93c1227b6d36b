package dev.chinaai.kg.cli;

import dev.chinaai.kg.graph.IriBase;
import dev.chinaai.kg.publication.ReleaseShelf;
import dev.chinaai.kg.publication.ReleaseVersion;
import dev.chinaai.kg.publication.ReleaseWriter;
import dev.chinaai.kg.publication.SourceTextMode;
import dev.chinaai.kg.publication.SourceTexts;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code release VERSION}: builds and validates the graph and writes it as a
 * release that can be cited and compared: {@code releases/VERSION/} with the
 * dumps, VoID/DCAT metadata with checksums, and the changes since the latest
 * release as an RDF Patch and in Markdown.
 */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = {"Builds and validates the graph and writes it as release VERSION into the releases folder: "
                + ReleaseShelf.NQUADS + ", " + ReleaseShelf.TRIG + ", the changes since the latest release as "
                + ReleaseShelf.PATCH + " (RDF Patch) and " + ReleaseShelf.SUMMARY + ", and " + ReleaseShelf.METADATA
                + " (VoID/DCAT: version, issued date, previous release, SHA-256 of each file).",
                "A version that exists or is not greater than the latest release is refused; nothing partial is written."})
final class ReleaseCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @Parameters(index = "0", paramLabel = "VERSION", description = "Numbers separated by dots, e.g. 1.0 or 2025.2.")
    String version;

    @Option(names = "--releases", paramLabel = "DIR", defaultValue = "releases",
            description = "Folder of the releases (default: ${DEFAULT-VALUE}).")
    Path releases;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = dev.chinaai.kg.vocab.CAI.BASE,
            description = "Base IRI of the released files (default: ${DEFAULT-VALUE}).")
    String base;

    @Mixin
    SourceTextOption sourceText;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ReleaseVersion v = new ReleaseVersion(version);
        IriBase target = new IriBase(base);
        ReleaseShelf shelf = new ReleaseShelf(releases);
        // Refused before the build, so that a wrong version costs no time.
        ReleaseWriter.check(shelf, v);
        ProjectOptions.Checked checked = project.buildAndValidate(err);
        if (checked.refused(err, "release", "nothing was written")) {
            return Main.INVALID;
        }
        SourceTextMode mode = sourceText.mode();
        DatasetGraph dataset = target.rewrite(SourceTexts.apply(checked.dataset(), mode), IriBase.CANONICAL);
        ReleaseWriter.Written w = ReleaseWriter.write(shelf, v, dataset, target, mode, LocalDate.now(ZoneOffset.UTC));
        spec.commandLine().getOut().printf("release %s written to %s (%s source text, content digest %s): %d quads added, "
                + "%d removed since %s; a server or store with this graph is served as X-Release: %s%n", v, w.folder(),
                mode.optionValue(), w.digest().id(), w.changes().added(), w.changes().removed(),
                w.previous() == null ? "nothing (first release)" : "release " + w.previous(), v);
        return 0;
    }
}
