package dev.chinaai.kg.cli;

import dev.chinaai.kg.diagnostics.KgException;
import dev.chinaai.kg.project.ProjectLayout;
import dev.chinaai.kg.reanchor.Anchor;
import dev.chinaai.kg.reanchor.QuoteFile;
import dev.chinaai.kg.reanchor.Reanchorer;
import dev.chinaai.kg.seed.SeedText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reanchor}: the quotes of a seed's annotation found again in the corrected text of its article. */
@Command(name = "reanchor", mixinStandardHelpOptions = true,
        description = {"Finds every quote of a seed's annotation again in the corrected text of its article: the exact "
                + "quote near its old place (its old context deciding between repeats), else the passage between its "
                + "old context if it differs by at most a tenth of the quote (the quote is then corrected), else only "
                + "the nearest passage, reported with its score.",
                "If every quote is found, writes the annotation with the new quotes (comments and layout kept) and "
                + "the new text into seeds/. Otherwise lists the unsure ones, writes nothing (unless --partial) and "
                + "exits with 1."})
final class ReanchorCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @Parameters(index = "0", paramLabel = "SEED", description = "The seed: its file name (005_….txt), without .txt, or its number (005).")
    String seed;

    @Option(names = "--text", paramLabel = "FILE", required = true,
            description = "The corrected article as UTF-8 plain text; copied into seeds/ when the quotes are written.")
    Path newText;

    @Option(names = "--old", paramLabel = "FILE",
            description = "The text the annotation was made on (default: the seed as it is in seeds/; give the old "
                    + "copy here if you already replaced it).")
    Path oldText;

    @Option(names = "--partial", description = "Write the quotes it is sure of and the new text even when some are "
            + "unsure; build then names the unsure ones until you fix them by hand.")
    boolean partial;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ProjectLayout layout = project.layout();
        Path seedFile = seedFile(layout, seed);
        String fileName = seedFile.getFileName().toString();
        Path yamlFile = layout.mappings().resolve(fileName.replaceFirst("\\.txt$", ".yaml"));
        String yamlName = layout.display(yamlFile);
        String yaml = new String(WholeFiles.read(yamlFile, "annotation"), StandardCharsets.UTF_8);
        SeedText old = SeedText.of(fileName, WholeFiles.read(oldText != null ? oldText : seedFile, "article"));
        byte[] newBytes = WholeFiles.read(newText, "article");
        SeedText now = SeedText.of(fileName, newBytes);
        QuoteFile quotes = QuoteFile.parse(yamlName, yaml);
        List<Anchor> anchors = new Reanchorer(old, now).reanchor(quotes.selectors());
        PrintWriter err = spec.commandLine().getErr();
        Map<Anchor.Status, Integer> counts = new TreeMap<>();
        for (Anchor a : anchors) {
            counts.merge(a.status(), 1, Integer::sum);
            if (a.status() != Anchor.Status.UNCHANGED) {
                err.println(report(a));
            }
        }
        long unsure = anchors.stream().filter(a -> !a.sure()).count();
        err.println("reanchor: " + anchors.size() + " quotes: " + counts.toString().replaceAll("[{}]", ""));
        if (unsure > 0 && !partial) {
            err.println("reanchor: " + unsure + " quote(s) not sure; nothing was written. Fix them in " + yamlName
                    + " after the new text is in, or run again with --partial to write the sure ones");
            return Main.INVALID;
        }
        WholeFiles.write(yamlFile, quotes.rewrite(anchors));
        if (!newText.toAbsolutePath().normalize().equals(seedFile.toAbsolutePath().normalize())) {
            WholeFiles.write(seedFile, newBytes);
        }
        err.println("reanchor: wrote " + yamlName + " and " + layout.display(seedFile)
                + (unsure > 0 ? "; the " + unsure + " unsure quote(s) are as they were: fix them by hand" : ""));
        return unsure > 0 ? Main.INVALID : 0;
    }

    private static String report(Anchor a) {
        String line = a.was().location() + ": " + a.status().name().toLowerCase().replace('_', ' ') + ": excerpt '"
                + a.was().id() + "'";
        if (!a.note().isEmpty()) {
            line += ": " + a.note();
        }
        if (a.sure()) {
            return a.status() == Anchor.Status.CORRECTED ? line + "; now \"" + a.now().quote() + "\"" : line;
        }
        return line + String.format("; nearest match \"%s\" (score %.2f)", a.nearest(), a.score());
    }

    /** The seed file named by its file name, its name without .txt, or its number. */
    private static Path seedFile(ProjectLayout layout, String name) {
        String base = Path.of(name).getFileName().toString().replaceFirst("\\.(txt|yaml)$", "");
        try (Stream<Path> files = Files.list(layout.seeds())) {
            List<Path> hits = files.filter(f -> {
                String n = f.getFileName().toString();
                return n.equals(base + ".txt") || n.startsWith(base + "_") && n.endsWith(".txt");
            }).toList();
            if (hits.size() != 1) {
                throw new KgException("reanchor: " + (hits.isEmpty() ? "no seed " : "more than one seed ") + "named "
                        + name + " in " + layout.seeds() + "; give the seed's file name, e.g. 003_64e71819730d93b9.txt");
            }
            return hits.get(0);
        } catch (IOException e) {
            throw new KgException(layout.seeds() + ": cannot list the seeds: " + e.getMessage(), e);
        }
    }
}
