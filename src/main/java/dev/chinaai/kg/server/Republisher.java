package dev.chinaai.kg.server;

import dev.chinaai.kg.server.store.count.IndexCounts;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.build.FusekiConfig;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Replaces the data services of a running Fuseki with ones assembled afresh
 * from the same configuration. Fuseki looks a service up in its registry for
 * every request, so registering the new access points under the old names is
 * the swap; a request already running keeps the service it started with.
 * The old services are shut down (their TDB2 and Lucene index released) only
 * after the longest a query may run, so that no running query loses its
 * dataset.
 */
final class Republisher implements AutoCloseable {
    /** Margin past the query timeout before an old dataset is closed (pages read it without a timeout). */
    private static final long GRACE_MILLIS = 5_000;
    private static final long DEFAULT_TIMEOUT_MILLIS = 10_000;

    /** Access points assembled from the configuration, their served dataset not yet swapped in. */
    record Fresh(List<DataAccessPoint> points, DatasetGraph served) {
        List<String> names() {
            return points.stream().map(DataAccessPoint::getName).toList();
        }
    }

    private final FusekiServer fuseki;
    private final String servedName;
    private final long retireAfterMillis;
    private final ScheduledExecutorService retirer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "retire-old-graph");
        t.setDaemon(true);
        return t;
    });

    Republisher(FusekiServer fuseki, String servedName, Long timeoutMillis) {
        this.fuseki = fuseki;
        this.servedName = servedName;
        this.retireAfterMillis = (timeoutMillis == null ? DEFAULT_TIMEOUT_MILLIS : timeoutMillis) + GRACE_MILLIS;
    }

    /** New, empty data services as the configuration declares them, with this server's operation handlers. */
    Fresh assemble(Graph config) {
        List<DataAccessPoint> points = FusekiConfig.servicesAndDatasets(config);
        DatasetGraph served = null;
        for (DataAccessPoint p : points) {
            p.getDataService().setEndpointProcessors(fuseki.getOperationRegistry());
            if (p.getName().equals(servedName)) {
                served = p.getDataService().getDataset();
            }
        }
        if (served == null) {
            throw new IllegalStateException("the Fuseki configuration no longer declares " + servedName);
        }
        IndexCounts.install(served);
        return new Fresh(points, served);
    }

    /** Serves the fresh access points from now on; the ones they replace are shut down later. */
    void swap(Fresh fresh) {
        DataAccessPointRegistry registry = fuseki.getDataAccessPointRegistry();
        List<DataService> old = fresh.names().stream().map(registry::get).filter(p -> p != null)
                .map(DataAccessPoint::getDataService).distinct().toList();
        for (DataAccessPoint p : fresh.points()) {
            p.getDataService().goActive();
            // put, not register: register refuses a name in use; put replaces it in one map write.
            registry.put(p.getName(), p);
        }
        retirer.schedule(() -> old.forEach(DataService::shutdown), retireAfterMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        retirer.shutdownNow();
    }
}
