package dev.chinaai.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.TestFiles;
import dev.chinaai.kg.TestGraph;
import dev.chinaai.kg.graph.IriBase;
import dev.chinaai.kg.publication.ReleaseHistory;
import dev.chinaai.kg.publication.ReleaseShelf;
import dev.chinaai.kg.publication.ReleaseVersion;
import dev.chinaai.kg.publication.ReleaseWriter;
import dev.chinaai.kg.publication.SourceTextMode;
import dev.chinaai.kg.seed.SeedText;
import dev.chinaai.kg.server.options.ServerOptions;
import dev.chinaai.kg.vocab.CAI;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The releases as the real server publishes them: two releases of the real
 * graph, the first without one statement about DeepSeek, written under the
 * canonical base while the server runs under its own: the listing (HTML and
 * DCAT), every file downloadable with the checksum its metadata states, the
 * entity page saying since which release each statement is there, and the
 * server naming the release its graph is (2.0) everywhere a client looks,
 * or, beside release 1.0 only, saying that its graph is unreleased.
 */
class ReleasesTest {
    private static final Node DEEPSEEK = NodeFactory.createURI(CAI.BASE + "id/deepseek");
    private static final Node LAB = NodeFactory.createLiteralLang("Chinese AI lab", "en");
    private static Path releases;
    private static RunningServer s;

    @BeforeAll
    static void releaseTwiceAndServe() throws IOException {
        releases = Files.createTempDirectory("releases");
        ReleaseShelf shelf = new ReleaseShelf(releases);
        DatasetGraph first = DatasetGraphFactory.create();
        TestGraph.dataset().find().forEachRemaining(q -> {
            if (!(q.getSubject().equals(DEEPSEEK) && q.getObject().equals(LAB))) {
                first.add(q);
            }
        });
        LocalDate day = LocalDate.of(2026, 1, 15);
        ReleaseWriter.write(shelf, new ReleaseVersion("1.0"), first, IriBase.CANONICAL, SourceTextMode.FULL, day);
        ReleaseWriter.write(shelf, new ReleaseVersion("2.0"), TestGraph.dataset(), IriBase.CANONICAL, SourceTextMode.FULL,
                day.plusDays(30));
        s = new RunningServer(ServerOptions.defaults().withPort(0).withReleases(ReleaseHistory.of(shelf)));
    }

    @AfterAll
    static void stop() throws IOException {
        if (s != null) {
            s.close();
        }
        try (var all = Files.walk(releases)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void theListingNamesEveryReleaseAndTheCurrentOne() {
        HttpResponse<String> html = s.get("releases/", "Accept", "text/html");
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("Release 2.0</a> <strong>(current)</strong>, issued 2026-02-14, revises 1.0"), html.body());
        assertTrue(html.body().contains("Release 1.0</a>, issued 2026-01-15"), html.body());
        assertTrue(html.body().contains("href=\"" + s.base + "releases/1.0/china-ai.nq\""), html.body());
        Model catalog = turtle(s.get("releases/", "Accept", "text/turtle"));
        String dcat = "http://www.w3.org/ns/dcat#";
        assertTrue(catalog.contains(catalog.createResource(s.base + ".well-known/void#dataset"),
                catalog.createProperty(dcat, "hasCurrentVersion"), catalog.createResource(s.base + "releases/2.0/")));
        assertTrue(catalog.contains(catalog.createResource(s.base + "releases/2.0/"),
                catalog.createProperty("http://www.w3.org/ns/prov#", "wasRevisionOf"), catalog.createResource(s.base + "releases/1.0/")));
        Model voidDescription = turtle(s.get(".well-known/void", "Accept", "text/turtle"));
        assertTrue(voidDescription.contains(voidDescription.createResource(s.base + ".well-known/void#dataset"),
                voidDescription.createProperty(dcat, "hasVersion"), voidDescription.createResource(s.base + "releases/1.0/")));
    }

    @Test
    void everyFileIsDownloadableWithTheChecksumItsMetadataStates() {
        for (String v : new String[] {"1.0", "2.0"}) {
            String meta = s.get("releases/" + v + "/").body();
            for (String f : new String[] {"china-ai.nq", "china-ai.trig", "changes.rdfp", "CHANGES.md"}) {
                HttpResponse<byte[]> r = bytes("releases/" + v + "/" + f);
                assertEquals(200, r.statusCode(), f);
                Matcher m = Pattern.compile("<http://localhost:3030/releases/" + Pattern.quote(v) + "/" + Pattern.quote(f)
                        + ">\\s+a\\s+dcat:Distribution;.*?spdx:checksumValue\\s+\"([0-9a-f]{64})\"", Pattern.DOTALL).matcher(meta);
                assertTrue(m.find(), meta);
                assertEquals(m.group(1), SeedText.sha256(r.body()), v + "/" + f);
            }
        }
        String changes = s.get("releases/2.0/CHANGES.md").body();
        long left = TestGraph.dataset().stream(Node.ANY, DEEPSEEK, Node.ANY, LAB).count();
        assertTrue(changes.contains("Changes since release 1.0: " + left + " quads added, 0 removed"), changes);
        assertTrue(changes.contains("- added: `<id/deepseek> <ontology#description> \"Chinese AI lab\"@en`"), changes);
        assertEquals(404, s.get("releases/3.0/china-ai.nq").statusCode());
        assertEquals(404, s.get("releases/2.0/secret.txt").statusCode());
    }

    @Test
    void theEntityPageSaysSinceWhichReleaseEachStatementIsThere() {
        String html = s.get("id/deepseek.html", "Accept", "text/html").body();
        Matcher lab = Pattern.compile("<span lang=\"en\">Chinese AI lab</span>.*?since release <a href=\"([^\"]+)\">([0-9.]+)</a>",
                Pattern.DOTALL).matcher(html);
        assertTrue(lab.find(), html);
        assertEquals("2.0", lab.group(2), "added in 2.0");
        assertEquals(s.base + "releases/2.0/", lab.group(1));
        assertTrue(html.contains("since release <a href=\"" + s.base + "releases/1.0/\">1.0</a>"), "the rest since 1.0");
        assertFalse(html.contains("not in a release yet"), "every statement of the served graph is released");
    }

    @Test
    void theServerNamesTheReleaseItsGraphIsEverywhereAClientLooks() {
        String digest = new ReleaseShelf(releases).digest(new ReleaseVersion("2.0"));
        assertTrue(digest.matches("c[0-9a-f]{16}"), "release.ttl records the content digest: " + digest);
        for (String path : new String[] {"id/deepseek.ttl", "", "no/such/thing", "health", "releases/"}) {
            assertEquals("2.0", s.get(path).headers().firstValue(Router.RELEASE_HEADER).orElse(null), path);
        }
        assertTrue(s.get("id/deepseek.ttl").headers().firstValue("ETag").orElse("").startsWith("\"2.0-"));
        assertEquals("ready: release 2.0\n", s.get("health").body());
        Model v = turtle(s.get(".well-known/void", "Accept", "text/turtle"));
        var live = v.createResource(s.base + ".well-known/void#dataset");
        assertTrue(v.contains(live, v.createProperty("http://www.w3.org/ns/dcat#", "version"), "2.0"));
        assertTrue(v.contains(live, v.createProperty(s.base + "ontology#", "contentDigest"), digest));
        assertTrue(v.contains(live, v.createProperty("http://www.w3.org/ns/prov#", "alternateOf"),
                v.createResource(s.base + "releases/2.0/")), "the live graph links to the release it is");
        String home = s.get("", "Accept", "text/html").body();
        assertTrue(home.contains("This is <a href=\"" + s.base + "releases/2.0/\">release 2.0</a>"), home);
    }

    @Test
    void besideOnlyAnEarlierReleaseTheGraphIsUnreleasedChangesSinceIt(@TempDir Path older) throws IOException {
        TestFiles.copyFolder(releases.resolve("1.0"), older.resolve("1.0"));
        ReleaseShelf shelf = new ReleaseShelf(older);
        try (RunningServer u = new RunningServer(ServerOptions.defaults().withPort(0)
                .withReleases(ReleaseHistory.of(shelf)))) {
            String id = u.get("id/deepseek.ttl").headers().firstValue(Router.RELEASE_HEADER).orElse("");
            assertEquals(new ReleaseShelf(releases).digest(new ReleaseVersion("2.0")), id,
                    "an unreleased graph is named by its content digest, the one release 2.0 recorded elsewhere");
            assertTrue(u.log.toString().contains("unreleased changes since release 1.0, content digest " + id), u.log.toString());
            Model v = turtle(u.get(".well-known/void", "Accept", "text/turtle"));
            var live = v.createResource(u.base + ".well-known/void#dataset");
            assertTrue(v.contains(live, v.createProperty("http://www.w3.org/ns/dcat#", "version"), id));
            assertTrue(v.contains(live, v.createProperty("http://www.w3.org/ns/prov#", "wasRevisionOf"),
                    v.createResource(u.base + "releases/1.0/")));
            String home = u.get("", "Accept", "text/html").body();
            assertTrue(home.contains("Unreleased changes since <a href=\"" + u.base + "releases/1.0/\">release 1.0</a>"),
                    home);
            assertTrue(home.contains(id), home);
        }
    }

    private static Model turtle(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), Lang.TURTLE);
        return m;
    }

    private static HttpResponse<byte[]> bytes(String path) {
        try {
            return s.http.send(HttpRequest.newBuilder(URI.create(s.base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
