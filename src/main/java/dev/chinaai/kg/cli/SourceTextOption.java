package dev.chinaai.kg.cli;

import dev.chinaai.kg.publication.SourceTextMode;
import picocli.CommandLine.Option;

/** {@code --source-text full|context|none}: how much of the articles a command publishes. */
final class SourceTextOption {
    /** Null when not given: a store then keeps the mode it was built in. */
    @Option(names = "--source-text", paramLabel = "MODE",
            description = "How much of each article to publish: full (the whole text), context (the quoted excerpts with "
                    + SourceTextMode.WINDOW + " characters around each) or none (the excerpts only). Default: context, "
                    + "since the articles' rights stay with their publishers; `serve --store` serves the mode the store "
                    + "was built in and refuses another one given here.")
    String value;

    SourceTextMode mode() {
        return value == null ? SourceTextMode.DEFAULT : SourceTextMode.parse(value);
    }

    /** Whether the option was given on the command line. */
    boolean given() {
        return value != null;
    }
}
