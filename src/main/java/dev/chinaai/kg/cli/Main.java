package dev.chinaai.kg.cli;

import dev.chinaai.kg.diagnostics.KgException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The command-line entry point: {@code build}, {@code validate},
 * {@code serve}, {@code load} (a store from dumps), {@code annotate} (a draft
 * annotation of an article for a curator) and {@code synth} (a synthetic corpus
 * for benchmarks); {@code annotate-bench} is hidden and serves bench/ only. Exit codes: 0 success, 1 the input or the graph is invalid
 * (every problem is printed with its file, line and column), 2 a usage error.
 */
@Command(name = "china-ai-kg", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds, validates and serves the knowledge graph of China's AI landscape.",
        subcommands = {BuildCommand.class, ValidateCommand.class, AnnotateCommand.class, ReanchorCommand.class, AnnotateBenchCommand.class, ServeCommand.class, ReleaseCommand.class, LoadCommand.class, SynthCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    /** Exit code when the input or the graph is wrong. */
    static final int INVALID = 1;

    private Main() {
    }

    public static void main(String[] args) {
        int code;
        try {
            code = run(args);
        } catch (OutOfMemoryError e) {
            // Outputs are written aside and moved into place, so nothing partial is left; say what to change.
            System.err.println("out of memory: the Java heap (at most " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MiB) is too small for this corpus; nothing partial was written. Give Java more, e.g. java -Xmx8g -jar ...; "
                    + "bench/results/scale-*.md lists the heap each corpus size needs");
            code = INVALID;
        }
        System.exit(code);
    }

    /** Runs a command line and returns its exit code (what tests call instead of {@link #main}). */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs a command line writing to the given streams; returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof KgException) {
                cmd.getErr().println(ex.getMessage());
                return INVALID;
            }
            throw ex;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The version as Maven wrote it into the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"china-ai-kg " + (v == null ? "(development build)" : v)};
        }
    }
}
