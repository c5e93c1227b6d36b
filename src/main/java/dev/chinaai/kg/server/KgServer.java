package dev.chinaai.kg.server;

import dev.chinaai.kg.diagnostics.KgException;
import dev.chinaai.kg.graph.IriBase;
import dev.chinaai.kg.project.ProjectLayout;
import dev.chinaai.kg.publication.ReleaseHistory;
import dev.chinaai.kg.publication.ReleaseIdentity;
import dev.chinaai.kg.publication.SourceTextMode;
import dev.chinaai.kg.publication.SourceTexts;
import dev.chinaai.kg.server.edge.Edge;
import dev.chinaai.kg.server.http.Publication;
import dev.chinaai.kg.server.http.RebuildStatus;
import dev.chinaai.kg.server.options.HttpLimits;
import dev.chinaai.kg.server.options.ServerOptions;
import dev.chinaai.kg.server.sparql.BoundedQuery;
import dev.chinaai.kg.server.sparql.FunctionGuards;
import dev.chinaai.kg.server.sparql.RegexGuard;
import dev.chinaai.kg.server.sparql.ServiceDescriptionFilter;
import dev.chinaai.kg.server.sparql.SlowLane;
import dev.chinaai.kg.server.store.FusekiConfigFile;
import dev.chinaai.kg.server.store.NodeCaches;
import dev.chinaai.kg.server.store.count.IndexCounts;
import dev.chinaai.kg.server.store.Release;
import dev.chinaai.kg.server.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;

/**
 * The running publication: an embedded Fuseki configured by
 * {@code fuseki-config/config.ttl}, loaded with a validated graph, plus the
 * Linked Data routes (entity documents, pages, VoID, dumps). The graph is
 * immutable while served. {@link #start} returns when the server is ready;
 * {@link #close} stops it.
 */
public final class KgServer implements AutoCloseable {
    /** Name of the public SPARQL service in the configuration, served at /sparql. */
    static final String SPARQL_SERVICE = "/sparql";
    /**
     * Jetty output buffer. Fuseki 5.6 sets 5 MiB, which Jetty's buffer pool never
     * reuses, so every response allocated a fresh direct buffer (apache/jena#4084).
     * 32 KiB is reused; past it a mid-stream error can no longer change the status.
     */
    private static final int OUTPUT_BUFFER_BYTES = 32 * 1024;

    private final FusekiServer fuseki;
    private final SlowLane lane;
    private final Router router;
    private final ProjectLayout layout;
    /** The options the server runs with, its real port included. */
    private final ServerOptions options;
    /** The publication it started with; a rebuild replaces what the router serves, not this. */
    private final Publication first;
    private final Republisher republisher;
    /** How much of the articles this server publishes: what it started with, kept by every rebuild. */
    private final SourceTextMode sourceText;

    private KgServer(Assembled a, ProjectLayout layout, ServerOptions options, Publication first) {
        this.fuseki = a.fuseki();
        this.lane = a.lane();
        this.router = a.router();
        this.layout = layout;
        this.options = options;
        this.first = first;
        this.republisher = new Republisher(fuseki, SPARQL_SERVICE, options.limits().timeoutMillis());
        this.sourceText = first.sourceTextMode();
    }

    /**
     * Starts the server for a graph that has passed validation. The graph is
     * under the canonical base; it is published under the options' base or,
     * without one, under http://host:port/ of this server, with the options'
     * releases beside it: they say which release the graph is, and they are
     * in place before the warm-up and the first client.
     */
    public static KgServer start(ProjectLayout layout, DatasetGraph validated, IriBase canonical, ServerOptions options,
            PrintWriter log) {
        long t0 = System.nanoTime();
        int port = checkFree(options.port(), options.http().bindAddress());
        IriBase base = options.baseFor(port);
        Assembled a = assemble(layout, base, options, port);
        Release release = load(a.served(), base.rewrite(validated, canonical), base);
        ReleaseIdentity identity = ReleaseIdentity.of(release.digest(), options.releases().shelf(), null);
        return a.start(layout, base, release.quads(), identity, System.currentTimeMillis(), port, t0, log, options);
    }

    /**
     * Starts the server on a persistent store written by {@link Store#write}:
     * nothing is built or loaded, so start-to-ready does not grow with the corpus.
     * The IRIs are those the store was built with; the release is the one of
     * the options' releases that has the store's digest, else the one the store
     * was built as.
     */
    public static KgServer startFromStore(ProjectLayout layout, java.nio.file.Path store, ServerOptions options,
            PrintWriter log) {
        long t0 = System.nanoTime();
        Store.Info info = Store.read(store);
        if (info == null) {
            throw new KgException(store + ": not a complete store (missing, or its build was interrupted); "
                    + "run `build --store " + store + "` to build it");
        }
        if (options.base() != null && !options.base().equals(info.base())) {
            throw new KgException(store + ": the store was built for base " + info.base() + ", not " + options.base()
                    + "; rebuild it with `build --store " + store + " --base " + options.base() + "`");
        }
        int port = checkFree(options.port(), options.http().bindAddress());
        IriBase base = new IriBase(info.base());
        NodeCaches.connect(store.resolve("tdb2"), Runtime.getRuntime().maxMemory());
        ServerOptions withStore = new ServerOptions(port, info.base(), options.limits(), store, options.host(),
                options.queryCache(), options.http(), options.releases());
        Assembled a = assemble(layout, base, withStore, port);
        // A store written before digests were recorded gets its digest from its content now.
        String digest = info.digest() != null ? info.digest() : Release.of(a.served(), base.iri()).digest();
        ReleaseIdentity identity = ReleaseIdentity.of(digest, options.releases().shelf(), info.release());
        long built = info.built() > 0 ? info.built() : System.currentTimeMillis();
        return a.start(layout, base, info.quads(), identity, built, port, t0, log, withStore);
    }

    /** A Fuseki server assembled from the configuration, not yet started. */
    private record Assembled(FusekiServer fuseki, SlowLane lane, Router router, DatasetGraph served) {
        KgServer start(ProjectLayout layout, IriBase base, long quads, ReleaseIdentity identity, long modified, int port,
                long t0, PrintWriter log, ServerOptions options) {
            Publication publication = new Publication(layout, served, base, SPARQL_SERVICE, quads, identity, modified,
                    new RebuildStatus(), options.releases());
            router.publish(publication, fuseki.getDataAccessPointRegistry().accessPoints().stream()
                    .map(ap -> ap.getName()).toList());
            router.health().warmingUp(true);
            try {
                fuseki.start();
            } catch (RuntimeException e) {
                fuseki.stop();
                lane.close();
                throw new KgException(portMessage(port, e), e);
            }
            Warmup.run(publication, loopback(options.http()), fuseki.getHttpPort(), log);
            router.health().warmingUp(false);
            log.printf("serve: %d quads, %s (X-Release: %s), %s, ready in %d ms at %s (SPARQL endpoint %ssparql), "
                    + "listening on %s%n", quads, identity.description(), identity.id(),
                    publication.sourceTextMode().optionValue() + " source text", (System.nanoTime() - t0) / 1_000_000,
                    base.iri(), base.iri(), listening(options.http(), port));
            log.flush();
            return new KgServer(this, layout, options.withPort(port), publication);
        }
    }

    private static Assembled assemble(ProjectLayout layout, IriBase base, ServerOptions options, int port) {
        RegexGuard.install();
        FunctionGuards.install();
        Graph config = FusekiConfigFile.read(layout, base, options);
        Router router = new Router(options.queryCache());
        SlowLane lane = new SlowLane(options.limits());
        FusekiServer fuseki = FusekiServer.create()
                .port(port)
                .registerOperation(Operation.Query, new BoundedQuery(lane, base.iri()))
                .parseConfig(config)
                .addFilter("/*", new HttpHeaders())
                .addFilter(SPARQL_SERVICE, new ServiceDescriptionFilter(router::publication))
                .addFilter("/*", router)
                .build();
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            HttpConnectionFactory f = c.getConnectionFactory(HttpConnectionFactory.class);
            if (f != null) {
                f.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
            }
        }
        Edge.install(fuseki.getJettyServer(), options.http());
        DatasetGraph served = fuseki.getDataAccessPointRegistry().get(SPARQL_SERVICE).getDataService().getDataset();
        IndexCounts.install(served);
        return new Assembled(fuseki, lane, router, served);
    }

    /** Where the server can ask itself: loopback unless it listens on one address only. */
    private static String loopback(HttpLimits http) {
        String a = http.bindAddress();
        if (a.equals(HttpLimits.ALL_INTERFACES) || a.equals("::") || a.equals("localhost")) {
            return "127.0.0.1";
        }
        return a.contains(":") ? "[" + a + "]" : a;
    }

    private static String listening(HttpLimits http, int port) {
        return http.bindAddress().equals(HttpLimits.ALL_INTERFACES)
                ? "every interface, port " + port + " (--host ADDRESS to listen on one only)"
                : http.bindAddress() + " port " + port;
    }

    /**
     * Serves a newly validated graph in place of the current one, atomically: a
     * fresh dataset is assembled from the configuration and loaded while the old
     * one keeps answering; then the data services and the publication (with its
     * new, empty caches) are swapped. A reader sees the old graph or the new one,
     * never a half-loaded one. The new graph is published in the source-text
     * mode the server started with (a rebuild is of the whole articles). Not for
     * a server on a store.
     */
    public synchronized long republish(DatasetGraph validated, IriBase canonical) {
        if (options.store() != null) {
            throw new KgException("serve: a server on a store cannot rebuild its graph; serve without --store to watch");
        }
        Publication current = router.publication();
        IriBase base = current.base();
        Graph config = FusekiConfigFile.read(layout, base, options);
        Republisher.Fresh fresh = republisher.assemble(config);
        Release release = load(fresh.served(), base.rewrite(SourceTexts.apply(validated, sourceText), canonical), base);
        republisher.swap(fresh);
        // The releases on disk did not change; only the live graph did, and with it which release it is, if any.
        ReleaseHistory releases = current.history();
        Publication next = new Publication(layout, fresh.served(), base, SPARQL_SERVICE, release.quads(),
                ReleaseIdentity.of(release.digest(), releases.shelf(), null), System.currentTimeMillis(), current.rebuild(),
                releases);
        router.publish(next, fresh.names());
        return release.quads();
    }

    /** What the last rebuild found wrong, shown on the landing page; shared by every publication of this server. */
    public RebuildStatus rebuildStatus() {
        return first.rebuild();
    }

    /** Loads the data, published under {@code base}, and returns its content (its quads as served, counted once). */
    private static Release load(DatasetGraph served, DatasetGraph data, IriBase base) {
        Txn.executeWrite(served, () -> {
            data.find().forEachRemaining(served::add);
            data.prefixes().forEach((p, u) -> served.prefixes().add(p, u));
        });
        return Release.of(served, base.iri());
    }

    /** The port, free on the address; port 0: a free one. */
    private static int checkFree(int port, String address) {
        InetSocketAddress at = new InetSocketAddress(address, port);
        if (at.isUnresolved()) {
            throw new KgException("serve: --host " + address + " is not an address or a name that resolves; give an "
                    + "address of this machine (" + HttpLimits.ALL_INTERFACES + " for every interface, 127.0.0.1 for "
                    + "loopback only)");
        }
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(at);
            return s.getLocalPort();
        } catch (IOException e) {
            if (port == 0) {
                throw new KgException("serve: cannot listen on " + address + ": " + e.getMessage()
                        + "; give --host an address of this machine", e);
            }
            throw new KgException(portMessage(port, e), e);
        }
    }

    private static String portMessage(int port, Exception e) {
        Throwable c = e;
        while (c != null && !(c instanceof BindException)) {
            c = c.getCause();
        }
        String why = c != null ? "it is already in use" : String.valueOf(e.getMessage());
        return "serve: cannot listen on port " + port + ": " + why
                + "; stop the other server or choose another port with --port N";
    }

    /** What the server publishes now (package-private: for tests of what it holds after the start or of a broken store). */
    Publication publication() {
        return router.publication();
    }

    /** The port the server listens on. */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The base IRI everything is published under. */
    public String base() {
        return first.base().iri();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops serving and, for a store, closes its index and TDB2 so that the store can be opened again. */
    @Override
    public void close() {
        fuseki.stop();
        lane.close();
        republisher.close();
        if (options.store() != null) {
            Store.release(first.dataset(), options.store());
        }
    }
}
