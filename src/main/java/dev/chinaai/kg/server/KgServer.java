package dev.chinaai.kg.server;

import dev.chinaai.kg.diagnostics.KgException;
import dev.chinaai.kg.graph.IriBase;
import dev.chinaai.kg.project.ProjectLayout;
import dev.chinaai.kg.publication.ReleaseHistory;
import dev.chinaai.kg.publication.ReleaseShelf;
import dev.chinaai.kg.server.edge.Edge;
import dev.chinaai.kg.server.http.Publication;
import dev.chinaai.kg.server.options.HttpLimits;
import dev.chinaai.kg.server.options.ServerOptions;
import dev.chinaai.kg.server.sparql.BoundedQuery;
import dev.chinaai.kg.server.sparql.FunctionGuards;
import dev.chinaai.kg.server.sparql.RegexGuard;
import dev.chinaai.kg.server.sparql.ServiceDescriptionFilter;
import dev.chinaai.kg.server.sparql.SlowLane;
import dev.chinaai.kg.server.store.FusekiConfigFile;
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
    private final Publication publication;
    /** The store served from, or null for the in-memory dataset. */
    private final java.nio.file.Path store;

    private KgServer(FusekiServer fuseki, SlowLane lane, Publication publication, java.nio.file.Path store) {
        this.fuseki = fuseki;
        this.lane = lane;
        this.publication = publication;
        this.store = store;
    }

    /**
     * Starts the server for a graph that has passed validation. The graph is
     * under the canonical base; it is published under the options' base or,
     * without one, under http://host:port/ of this server.
     */
    public static KgServer start(ProjectLayout layout, DatasetGraph validated, IriBase canonical, ServerOptions options,
            PrintWriter log) {
        long t0 = System.nanoTime();
        int port = checkFree(options.port(), options.http().bindAddress());
        IriBase base = options.baseFor(port);
        Assembled a = assemble(layout, base, options, port);
        long quads = load(a.served(), base.rewrite(validated, canonical));
        return a.start(layout, base, quads, port, t0, log, options);
    }

    /**
     * Starts the server on a persistent store written by {@link Store#write}:
     * nothing is built or loaded, so start-to-ready does not grow with the corpus.
     * The IRIs are those the store was built with.
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
        ServerOptions withStore = new ServerOptions(port, info.base(), options.limits(), store, options.host(),
                options.queryCache(), options.http());
        Assembled a = assemble(layout, base, withStore, port);
        return a.start(layout, base, info.quads(), port, t0, log, withStore);
    }

    /** A Fuseki server assembled from the configuration, not yet started. */
    private record Assembled(FusekiServer fuseki, SlowLane lane, Router router, DatasetGraph served) {
        KgServer start(ProjectLayout layout, IriBase base, long quads, int port, long t0, PrintWriter log,
                ServerOptions options) {
            Publication publication = new Publication(layout, served, base, SPARQL_SERVICE, quads);
            router.publish(publication, fuseki.getDataAccessPointRegistry().accessPoints().stream()
                    .map(ap -> ap.getName()).toList());
            try {
                fuseki.start();
            } catch (RuntimeException e) {
                fuseki.stop();
                lane.close();
                throw new KgException(portMessage(port, e), e);
            }
            log.printf("serve: %d quads, ready in %d ms at %s (SPARQL endpoint %ssparql), listening on %s%n", quads,
                    (System.nanoTime() - t0) / 1_000_000, base.iri(), base.iri(), listening(options.http(), port));
            log.flush();
            return new KgServer(fuseki, lane, publication, options.store());
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
        return new Assembled(fuseki, lane, router, served);
    }

    private static String listening(HttpLimits http, int port) {
        return http.bindAddress().equals(HttpLimits.ALL_INTERFACES)
                ? "every interface, port " + port + " (--host ADDRESS to listen on one only)"
                : http.bindAddress() + " port " + port;
    }

    private static long load(DatasetGraph served, DatasetGraph data) {
        Txn.executeWrite(served, () -> {
            data.find().forEachRemaining(served::add);
            data.prefixes().forEach((p, u) -> served.prefixes().add(p, u));
        });
        return Txn.calculateRead(served, () -> served.stream().count());
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

    /** Publishes the releases of a folder: listed at /releases/, downloadable, and dating statements on the pages. */
    public void publishReleases(ReleaseShelf shelf, ReleaseHistory history) {
        publication.publishReleases(shelf, history);
    }

    /** The port the server listens on. */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The base IRI everything is published under. */
    public String base() {
        return publication.base().iri();
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
        if (store != null) {
            Store.release(publication.dataset(), store);
        }
    }
}
