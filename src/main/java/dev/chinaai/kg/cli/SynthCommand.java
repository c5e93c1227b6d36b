package dev.chinaai.kg.cli;

import dev.chinaai.kg.synth.SyntheticCorpus;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code synth}: a synthetic project N times the seeds, for the scale benchmarks. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic project FACTOR times this one (for benchmarks): every seed copied FACTOR "
                + "times as a new article whose entities, claims and article get ids of their own, so that each copy "
                + "adds the registry's mix of types, claims and excerpts and the whole stays valid.",
                "Build or serve it with --project DIR."})
final class SynthCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @Option(names = "--factor", paramLabel = "N", required = true, description = "How many times the seeds (1, 10, 100, 1000).")
    int factor;

    @Option(names = "--first", paramLabel = "K", defaultValue = "0",
            description = "Number of the first copy (default: ${DEFAULT-VALUE}, the project itself). A shard "
                    + "--first K --factor N holds copies K..K+N-1: shards share no ids, so their dumps load together "
                    + "(`load`) into one corpus too large to build at once.")
    int first;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true, description = "Folder for the synthetic project (must not exist).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (java.nio.file.Files.exists(out)) {
            spec.commandLine().getErr().println("synth: " + out + " exists; give a new folder");
            return 2;
        }
        SyntheticCorpus.write(project.layout(), out, factor, first);
        spec.commandLine().getOut().printf("synth: copies %d..%d written to %s%n", first, first + factor - 1, out);
        return 0;
    }
}
