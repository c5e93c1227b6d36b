package dev.chinaai.kg.cli;

import dev.chinaai.kg.publication.SourceTextMode;
import picocli.CommandLine.Option;

/** {@code --source-text full|context|none}: how much of the articles a command publishes. */
final class SourceTextOption {
    @Option(names = "--source-text", paramLabel = "MODE", defaultValue = "context",
            description = "How much of each article to publish: full (the whole text), context (the quoted excerpts with "
                    + SourceTextMode.WINDOW + " characters around each) or none (the excerpts only). Default: "
                    + "${DEFAULT-VALUE}, since the articles' rights stay with their publishers.")
    String value;

    SourceTextMode mode() {
        return SourceTextMode.parse(value);
    }
}
