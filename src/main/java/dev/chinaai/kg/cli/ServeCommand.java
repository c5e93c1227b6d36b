package dev.chinaai.kg.cli;

import dev.chinaai.kg.diagnostics.KgException;
import dev.chinaai.kg.graph.IriBase;
import dev.chinaai.kg.publication.ReleaseHistory;
import dev.chinaai.kg.publication.ReleaseShelf;
import dev.chinaai.kg.publication.SourceTextMode;
import dev.chinaai.kg.publication.SourceTexts;
import dev.chinaai.kg.server.KgServer;
import dev.chinaai.kg.server.options.HttpLimits;
import dev.chinaai.kg.server.options.QueryLimits;
import dev.chinaai.kg.server.options.ServerOptions;
import dev.chinaai.kg.server.store.Store;
import dev.chinaai.kg.server.watch.ProjectWatcher;
import dev.chinaai.kg.server.watch.Rebuild;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code serve}: builds and validates the graph, refuses to serve it if invalid, and starts the server. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the graph from seeds and annotations, validates it with the SHACL shapes and, only if it "
                + "conforms, serves it with Fuseki (configured by fuseki-config/config.ttl): SPARQL at /sparql, "
                + "full-text search, dereferenceable IRIs, HTML pages.",
                "An invalid graph is not served: the report is printed and the exit code is 1."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @Option(names = {"-p", "--port"}, paramLabel = "N", defaultValue = "3030",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free port).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = HttpLimits.ALL_INTERFACES,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, every interface; 127.0.0.1 for this "
                    + "machine only, e.g. behind a reverse proxy).")
    String host;

    @Option(names = "--body-timeout", paramLabel = "MS",
            description = "Time a request body may take to arrive in full, from the end of its headers (default: "
                    + "${DEFAULT-VALUE}); a body still arriving then is answered 408. Bodies are read without holding "
                    + "a request thread.")
    long bodyTimeout = HttpLimits.DEFAULT_BODY_TIMEOUT_MILLIS;

    @Option(names = "--base", paramLabel = "IRI",
            description = "Base IRI to publish under, for a real domain (default: http://localhost:<port>/, "
                    + "so that every IRI dereferences against this server).")
    String base;

    @Option(names = "--query-timeout", paramLabel = "MS",
            description = "SPARQL query timeout in milliseconds (default: as in fuseki-config/config.ttl, 10000).")
    Long queryTimeout;

    @Option(names = "--max-slow-queries", paramLabel = "N",
            description = "How many queries may run longer than --slow-query-after at once (default: two per core, "
                    + "${DEFAULT-VALUE} here); a query that turns slow while N others are slow is stopped with 503 "
                    + "and Retry-After, so that cheap queries keep their speed.")
    int maxSlowQueries = QueryLimits.DEFAULT_MAX_SLOW;

    @Option(names = "--slow-query-after", paramLabel = "MS",
            description = "A query still running after this many milliseconds counts as slow (default: ${DEFAULT-VALUE}).")
    long slowAfter = QueryLimits.DEFAULT_SLOW_AFTER_MILLIS;

    @Option(names = "--store", paramLabel = "DIR",
            description = "Serve the persistent store written by `build --store DIR` without rebuilding, in the "
                    + "source-text mode it was built in. If it is missing or incomplete (an interrupted build), it is "
                    + "rebuilt first.")
    Path store;

    /** Gone: kept only to say why, since a hand-given name could call any graph a release. */
    @Option(names = "--release", paramLabel = "ID", hidden = true)
    String release;

    @Option(names = "--no-query-cache",
            description = "Send every SPARQL query to the engine (by default, answers to GET requests are cached: "
                    + "the graph does not change while served).")
    boolean noQueryCache;

    @Option(names = "--watch",
            description = "Rebuild and validate on every saved change under mappings/, ontology/ and shapes/ and "
                    + "serve the new graph once it conforms; an invalid change keeps the last good graph served and "
                    + "its problems are printed here and shown on the landing page. Not with --store.")
    boolean watch;

    @Mixin
    SourceTextOption sourceText;

    @Option(names = "--releases", paramLabel = "DIR", defaultValue = "releases",
            description = "Folder of the releases that `release` wrote, published at /releases/ (default: "
                    + "${DEFAULT-VALUE}; a missing folder publishes none). A graph that one of them recorded is served "
                    + "as that release (X-Release: its version); any other as its content digest, unreleased.")
    Path releases;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (release != null) {
            throw new ParameterException(spec.commandLine(), "serve: --release is gone: the release a server names is "
                    + "read from its graph. Write the release with `release VERSION` and serve that graph (or a store "
                    + "built from it): it is served as VERSION; any other graph is served as its content digest");
        }
        // Read before the build, so that a damaged release folder fails fast.
        ReleaseHistory history = ReleaseHistory.of(new ReleaseShelf(releases));
        ServerOptions options = new ServerOptions(port, base,
                new QueryLimits(queryTimeout, maxSlowQueries, slowAfter), null, "localhost", !noQueryCache,
                new HttpLimits(host, bodyTimeout, HttpLimits.DEFAULT_MAX_REQUEST_BYTES), history);
        if (base != null) {
            new IriBase(base);
        }
        if (watch && store != null) {
            throw new ParameterException(spec.commandLine(), "serve: --watch rebuilds the graph in memory and cannot "
                    + "serve a store; leave out --store (or --watch)");
        }
        SourceTextMode mode = sourceText.mode();
        KgServer server;
        Store.Info built = store == null ? null : Store.read(store);
        if (built != null) {
            checkMode(store, built, err);
            server = KgServer.startFromStore(project.layout(), store, options, err);
        } else {
            ProjectOptions.Checked checked = project.buildAndValidate(err);
            if (checked.refused(err, "serve", "it is not served")) {
                return Main.INVALID;
            }
            if (store != null) {
                err.println("serve: " + store + " is not a complete store (missing, or its build was interrupted); rebuilding it");
                // A store keeps its base; with port 0 it is built for the default port.
                IriBase storeBase = options.baseFor(port == 0 ? ServerOptions.DEFAULT_PORT : port);
                Store.write(project.layout(), SourceTexts.apply(checked.dataset(), mode), IriBase.CANONICAL, storeBase, store,
                        mode, history.shelf(), err);
                server = KgServer.startFromStore(project.layout(), store, options, err);
            } else {
                server = KgServer.start(project.layout(), SourceTexts.apply(checked.dataset(), mode), IriBase.CANONICAL,
                        options, err);
            }
        }
        ProjectWatcher watcher = watch
                ? ProjectWatcher.start(project.layout(), new Rebuild(project.layout(), server, err), err) : null;
        if (watcher != null) {
            err.println("serve: watching mappings/, ontology/ and shapes/ of " + project.layout().root()
                    + "; every saved change is rebuilt and validated");
            err.flush();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (watcher != null) {
                watcher.close();
            }
            server.close();
        }, "shutdown"));
        server.join();
        return 0;
    }

    /**
     * A store is served in the source-text mode it was built in, which is part
     * of its data: a different --source-text is refused, not silently ignored;
     * without the option the store's mode is served, and said.
     */
    private void checkMode(Path dir, Store.Info info, PrintWriter err) {
        if (!sourceText.given()) {
            err.println("serve: " + dir + " was built with --source-text "
                    + (info.sourceText() == null ? "(not recorded)" : info.sourceText().optionValue()) + "; serving that");
            return;
        }
        if (info.sourceText() != sourceText.mode()) {
            throw new KgException("serve: " + dir + " was built with --source-text "
                    + (info.sourceText() == null ? "not recorded (an older store)" : info.sourceText().optionValue())
                    + ", not " + sourceText.mode().optionValue() + "; a store serves the text it holds. Rebuild it with "
                    + "`build --store " + dir + " --source-text " + sourceText.mode().optionValue()
                    + "` (with the --base it was built for: " + info.base() + "), or leave out --source-text");
        }
    }
}
