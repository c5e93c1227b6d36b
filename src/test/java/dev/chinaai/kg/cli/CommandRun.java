package dev.chinaai.kg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One command line run through {@link Main#run}: its exit code and what it printed on each stream. */
record CommandRun(int code, String stdout, String stderr) {
    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CommandRun(code, out.toString(), err.toString());
    }
}
