package dev.chinaai.kg.server;

import dev.chinaai.kg.server.options.ServerOptions;
import dev.chinaai.kg.server.store.Release;
import dev.chinaai.kg.server.store.NodeCaches;
import dev.chinaai.kg.server.store.Store;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.apache.jena.tdb2.sys.TDBInternal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestGraph;
import dev.chinaai.kg.diagnostics.KgException;
import dev.chinaai.kg.graph.IriBase;
import dev.chinaai.kg.publication.SourceTextMode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The persistent store: written aside and moved into place, served without rebuilding, refused when incomplete. */
class StoreTest {
    @TempDir
    Path dir;

    private static final IriBase BASE = new IriBase("http://localhost:3030/");

    private static Store.Info write(Path store) {
        return Store.write(TestGraph.LAYOUT, TestGraph.dataset(), IriBase.CANONICAL, BASE, store, SourceTextMode.FULL, null,
                new PrintWriter(new StringWriter()));
    }

    private static HttpResponse<String> get(KgServer server, String pathAndQuery, String accept) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/" + pathAndQuery))
                .header("Accept", accept).build();
        return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aStoreIsServedWithItsTextIndexAndWithoutRebuilding() throws Exception {
        Path store = dir.resolve("store");
        Store.Info info = write(store);
        assertEquals(TestGraph.dataset().stream().count(), info.quads());
        assertEquals(info, Store.read(store));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary or old folders left beside the store");
        }
        StringWriter log = new StringWriter();
        KgServer server = KgServer.startFromStore(TestGraph.LAYOUT, store, ServerOptions.defaults().withPort(0), new PrintWriter(log));
        try {
            assertEquals(BASE.iri(), server.base());
            String q = URLEncoder.encode("PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query 'Sanktion' }",
                    StandardCharsets.UTF_8);
            assertTrue(get(server, "sparql?query=" + q, "text/csv").body().contains(BASE.iri() + "excerpt/004/us-sanctions-nvidia"));
            HttpResponse<String> doc = get(server, "id/deepseek.ttl", "text/turtle");
            assertEquals(200, doc.statusCode());
            // Every replica of this store names the same release and the same Last-Modified: the build's.
            assertEquals(info.releaseId(), doc.headers().firstValue("X-Release").orElse(null));
            assertEquals(info.built() / 1000, java.time.ZonedDateTime.parse(doc.headers().firstValue("Last-Modified")
                    .orElseThrow(), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond());
            assertTrue(log.toString().contains(info.quads() + " quads"), log.toString());
        } finally {
            server.close();
        }
    }

    @Test
    void aServedStoreHasNodeCachesForItsHeapNotTdb2sDefaults() throws Exception {
        Path store = dir.resolve("store");
        write(store);
        KgServer server = KgServer.startFromStore(TestGraph.LAYOUT, store, ServerOptions.defaults().withPort(0),
                new PrintWriter(new StringWriter()));
        try {
            StoreParams served = TDBInternal.getDatasetGraphTDB(Store.storage(server.publication().dataset())).getStoreParams();
            // The sizes themselves are NodeCachesTest's; here: the served dataset really has them.
            StoreParams forHeap = NodeCaches.params(Runtime.getRuntime().maxMemory());
            assertEquals(forHeap.getNodeId2NodeCacheSize(), served.getNodeId2NodeCacheSize(), "node ids to nodes");
            assertEquals(forHeap.getNode2NodeIdCacheSize(), served.getNode2NodeIdCacheSize(), "nodes to ids");
            assertEquals(200, get(server, "id/deepseek.ttl", "text/turtle").statusCode());
        } finally {
            server.close();
        }
    }

    @Test
    void theReleaseRecordedWhileLoadingIsTheReleaseOfWhatTdb2Holds() {
        Path store = dir.resolve("store");
        Store.Info info = write(store);
        Location tdb = Location.create(store.resolve("tdb2").toString());
        DatasetGraph stored = DatabaseMgr.connectDatasetGraph(tdb);
        try {
            // Read back as TDB2 returns the quads (values it stores inline come back in their canonical form).
            Release read = Release.of(stored, info.base());
            assertEquals(info.digest(), read.digest());
            assertEquals(info.quads(), read.quads());
        } finally {
            TDBInternal.expel(stored);
            DatabaseConnection.internalExpel(tdb, false);
        }
    }

    @Test
    void rewritingReplacesTheStoreWhole() {
        Path store = dir.resolve("store");
        write(store);
        Store.Info first = Store.read(store);
        Store.Info again = write(store);
        assertEquals(again, Store.read(store));
        assertEquals(first.digest(), again.digest(), "the same content has the same digest");
        assertFalse(Files.exists(dir.resolve(".store.old")));
        assertFalse(Files.exists(dir.resolve(".store.building")));
    }

    @Test
    void anIncompleteStoreIsNotServed() throws Exception {
        Path store = dir.resolve("store");
        write(store);
        Files.delete(store.resolve(Store.MARKER));
        KgException e = assertThrows(KgException.class, () -> KgServer.startFromStore(TestGraph.LAYOUT, store,
                ServerOptions.defaults().withPort(0), new PrintWriter(new StringWriter())));
        assertTrue(e.getMessage().contains("not a complete store") && e.getMessage().contains("build --store"), e.getMessage());
    }
}
