package dev.chinaai.kg.cli;

import dev.chinaai.kg.graph.DatasetFiles;
import dev.chinaai.kg.graph.IriBase;
import dev.chinaai.kg.publication.ReleaseShelf;
import dev.chinaai.kg.publication.SourceTexts;
import dev.chinaai.kg.server.store.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code build}: annotations to a validated dataset, written as TriG and N-Quads only if it is valid. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Reads the seeds and annotations, maps them to RDF, validates the graph with the SHACL shapes "
                + "and, only if it conforms, writes " + DatasetFiles.TRIG + " and " + DatasetFiles.NQUADS
                + " (or the one --dumps names).",
                "On any error nothing is written and the exit code is 1."})
final class BuildCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "target/dataset",
            description = "Folder to write the dataset to (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = dev.chinaai.kg.vocab.CAI.BASE,
            description = "Base IRI of entities and ontology in the written files (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--store", paramLabel = "DIR",
            description = "Also write a persistent store there (TDB2 + Lucene index, as fuseki-config describes), "
                    + "for `serve --store DIR`. Built aside and moved into place when complete.")
    Path store;

    @Option(names = "--releases", paramLabel = "DIR", defaultValue = "releases",
            description = "Folder of the releases (default: ${DEFAULT-VALUE}): a store whose graph one of them "
                    + "recorded is marked as that release, and is served as it wherever it is copied.")
    Path releases;

    @Option(names = "--dumps", paramLabel = "FORMAT", split = ",", defaultValue = "nq,trig",
            description = "Which dumps to write: nq (" + DatasetFiles.NQUADS + "), trig (" + DatasetFiles.TRIG + ") or "
                    + "both, comma-separated (default: ${DEFAULT-VALUE}). A shard whose N-Quads only go to `load` "
                    + "needs no TriG.")
    List<String> dumps;

    @Mixin
    SourceTextOption sourceText;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outw = spec.commandLine().getOut();
        IriBase target = new IriBase(base);
        Set<String> files = files(dumps);
        // A folder that cannot be written fails now, not after the whole build.
        DatasetFiles.prepareOutput(out);
        ProjectOptions.Checked checked = project.buildAndValidate(err);
        if (checked.refused(err, "build", "nothing was written")) {
            return Main.INVALID;
        }
        // The build owns the dataset and needs no full text after this: changed in place, not copied.
        DatasetGraph published = SourceTexts.applyInPlace(checked.dataset(), sourceText.mode());
        DatasetGraph dataset = target.rewrite(published, IriBase.CANONICAL);
        DatasetFiles.write(dataset, out, target, files);
        long quads = dataset.stream().count();
        outw.printf("build: %d quads in %d graphs written to %s (%s)%n", quads, dataset.size(), out,
                String.join(", ", files));
        if (store != null) {
            long t = System.nanoTime();
            Store.Info info = Store.write(project.layout(), published, IriBase.CANONICAL, target, store,
                    sourceText.mode(), new ReleaseShelf(releases), err);
            outw.printf("build: store with %d quads under %s written to %s in %d ms; %s%n", info.quads(), info.base(), store,
                    (System.nanoTime() - t) / 1_000_000, LoadCommand.what(info, releases));
        }
        return 0;
    }

    /** The file names of the dumps asked for, in the order TriG, N-Quads; a wrong name is a usage error. */
    private Set<String> files(List<String> formats) {
        Set<String> files = new TreeSet<>(Comparator.reverseOrder());
        for (String f : formats) {
            switch (f.trim()) {
                case "nq" -> files.add(DatasetFiles.NQUADS);
                case "trig" -> files.add(DatasetFiles.TRIG);
                default -> throw new ParameterException(spec.commandLine(),
                        "--dumps: '" + f + "' is not a dump format; give nq, trig or nq,trig");
            }
        }
        return files;
    }
}
