package dev.chinaai.kg.cli;

import dev.chinaai.kg.graph.IriBase;
import dev.chinaai.kg.publication.ReleaseShelf;
import dev.chinaai.kg.server.store.Store;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code load}: a persistent store from N-Quads dumps that {@code build} wrote, streamed from disk. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Writes a persistent store (TDB2 + Lucene index, as fuseki-config describes) from N-Quads files "
                + "that `build` wrote, streaming them from disk instead of holding a graph in memory: for a corpus built "
                + "in shards (synth --first) because the whole does not fit in one build's heap. Each dump was validated "
                + "by its build; shards share no ids, so together they are valid too.",
                "Serve the result with `serve --store DIR`."})
final class LoadCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @Option(names = "--store", paramLabel = "DIR", required = true,
            description = "Folder of the store; built aside and moved into place when complete.")
    Path store;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = dev.chinaai.kg.vocab.CAI.BASE,
            description = "Base IRI the dumps were built with (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--releases", paramLabel = "DIR", defaultValue = "releases",
            description = "Folder of the releases (default: ${DEFAULT-VALUE}): a store whose graph one of them "
                    + "recorded is marked as that release.")
    Path releases;

    @Parameters(paramLabel = "FILE.nq", arity = "1..*", description = "N-Quads files written by `build`.")
    List<Path> dumps;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long t = System.nanoTime();
        Store.Info info = Store.load(project.layout(), dumps, new IriBase(base), store, new ReleaseShelf(releases),
                spec.commandLine().getErr());
        spec.commandLine().getOut().printf("load: store with %d quads under %s written to %s in %d ms; %s%n", info.quads(),
                info.base(), store, (System.nanoTime() - t) / 1_000_000, what(info, releases));
        return 0;
    }

    /** What a written store will be served as, in words. */
    static String what(Store.Info info, Path releases) {
        return (info.release() != null ? "it is release " + info.release() + " (served as X-Release: " + info.release() + ")"
                : "its graph is no release in " + releases + " (served as X-Release: " + info.digest() + ")")
                + ", " + info.sourceText().optionValue() + " source text";
    }
}
