package dev.chinaai.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chinaai.kg.seed.SeedText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code release} on a copy of the real project: a first release, then a real
 * annotation edit and a second release whose changelog is exactly the edit,
 * quad by quad; versions that exist or come before the latest are refused
 * with nothing written.
 */
class ReleaseCommandTest {
    private static final String SEED_FILE = "003_64e71819730d93b9.yaml";
    private static final String OLD_TITLE = "China's AI boom shattered by mismanagement and inexperience";
    private static final String NEW_TITLE = "China's AI boom wrecked by mismanagement and inexperience";

    @TempDir
    Path project;
    private String stdout;
    private String stderr;

    @Test
    void aSecondReleaseAfterAnEditCarriesExactlyTheEditAsItsChangelog() throws IOException {
        copyProject();
        Path releases = project.resolve("releases");
        assertEquals(0, release("1.0"), stderr);
        Path first = releases.resolve("1.0");
        assertChecksumsMatch(first);
        Model meta1 = metadata(first);
        Resource r1 = meta1.createResource("http://localhost:3030/releases/1.0/");
        assertEquals("1.0", r1.getProperty(meta1.createProperty(DCAT.NS, "version")).getString());
        assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), r1.getProperty(DCTerms.issued).getLiteral().getLexicalForm());
        assertFalse(r1.hasProperty(meta1.createProperty("http://www.w3.org/ns/prov#", "wasRevisionOf")), "nothing before 1.0");

        Path yaml = project.resolve("mappings").resolve(SEED_FILE);
        String before = Files.readString(yaml);
        assertTrue(before.contains(OLD_TITLE));
        Files.writeString(yaml, before.replace(OLD_TITLE, NEW_TITLE));
        assertEquals(0, release("1.1"), stderr);
        Path second = releases.resolve("1.1");
        assertChecksumsMatch(second);
        Model meta2 = metadata(second);
        assertTrue(meta2.contains(meta2.createResource("http://localhost:3030/releases/1.1/"),
                meta2.createProperty("http://www.w3.org/ns/prov#", "wasRevisionOf"),
                meta2.createResource("http://localhost:3030/releases/1.0/")));

        // Expected from the two dumps themselves: every quad with the old title, then the same with the new one.
        DatasetGraph d1 = read(first.resolve("china-ai.nq"));
        Node oldTitle = NodeFactory.createLiteralLang(OLD_TITLE, "en");
        Node newTitle = NodeFactory.createLiteralLang(NEW_TITLE, "en");
        Set<Quad> expectedRemoved = d1.stream(Node.ANY, Node.ANY, Node.ANY, oldTitle).collect(Collectors.toSet());
        Set<Quad> expectedAdded = expectedRemoved.stream()
                .map(q -> Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(), newTitle)).collect(Collectors.toSet());
        assertFalse(expectedRemoved.isEmpty());
        Set<Quad> removed = new HashSet<>();
        Set<Quad> added = new HashSet<>();
        RDFPatch patch = RDFPatchOps.read(second.resolve("changes.rdfp").toString());
        patch.apply(new RDFChangesBase() {
            @Override
            public void add(Node g, Node s, Node p, Node o) {
                added.add(Quad.create(g, s, p, o));
            }

            @Override
            public void delete(Node g, Node s, Node p, Node o) {
                removed.add(Quad.create(g, s, p, o));
            }
        });
        assertEquals(expectedRemoved, removed, "removed quads");
        assertEquals(expectedAdded, added, "added quads");

        // Applying the patch to release 1.0 gives release 1.1, quad for quad.
        DatasetGraph patched = DatasetGraphFactory.createTxnMem();
        d1.find().forEachRemaining(patched::add);
        RDFPatchOps.applyChange(patched, patch);
        assertEquals(quads(read(second.resolve("china-ai.nq"))), quads(patched));

        String summary = Files.readString(second.resolve("CHANGES.md"));
        assertTrue(summary.contains("Changes since release 1.0: " + added.size() + " quads added, " + removed.size()
                + " removed"), summary);
        assertTrue(summary.contains("## entity article-003"), summary);
        assertTrue(summary.contains("- removed: `<id/article-003> <ontology#title> \"" + OLD_TITLE + "\"@en`"), summary);
        assertTrue(summary.contains("- added: `<id/article-003> <ontology#title> \"" + NEW_TITLE + "\"@en`"), summary);

        refusals(releases);
    }

    /** Versions that exist, are not greater, or are no version: exit 1, a clear message, nothing written. */
    private void refusals(Path releases) throws IOException {
        List<Path> before = listing(releases);
        assertEquals(1, release("1.1"));
        assertTrue(stderr.contains("release 1.1 exists already"), stderr);
        assertEquals(1, release("1.0.5"));
        assertTrue(stderr.contains("not greater than the latest release 1.1"), stderr);
        assertTrue(stderr.contains("e.g. 1.2"), stderr);
        assertEquals(1, release("1.1.0"));
        assertTrue(stderr.contains("not greater than the latest release 1.1"), stderr);
        assertEquals(1, release("v2"));
        assertTrue(stderr.contains("not a version"), stderr);
        assertEquals(before, listing(releases), "nothing written by a refused release");
    }

    private int release(String version) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "release", version, "--project", project.toString(),
                "--releases", project.resolve("releases").toString());
        stdout = out.toString();
        stderr = err.toString();
        return code;
    }

    private static void assertChecksumsMatch(Path folder) throws IOException {
        Model m = metadata(folder);
        String spdx = "http://spdx.org/rdf/terms#";
        int checked = 0;
        for (String f : List.of("china-ai.nq", "china-ai.trig", "changes.rdfp", "CHANGES.md")) {
            Resource dist = m.createResource("http://localhost:3030/releases/" + folder.getFileName() + "/" + f);
            Resource sum = dist.getPropertyResourceValue(m.createProperty(spdx, "checksum"));
            assertEquals(spdx + "checksumAlgorithm_sha256", sum.getPropertyResourceValue(m.createProperty(spdx, "algorithm")).getURI());
            assertEquals(SeedText.sha256(Files.readAllBytes(folder.resolve(f))),
                    sum.getProperty(m.createProperty(spdx, "checksumValue")).getString(), f);
            assertEquals(Files.size(folder.resolve(f)), dist.getProperty(DCAT.byteSize).getLong(), f);
            checked++;
        }
        assertEquals(4, checked);
    }

    private static Model metadata(Path folder) {
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, folder.resolve("release.ttl").toString(), Lang.TURTLE);
        return m;
    }

    private static DatasetGraph read(Path nq) {
        DatasetGraph d = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(d, nq.toString(), Lang.NQUADS);
        return d;
    }

    /** The quads without blank nodes (their labels differ between two reads), with the blank-node graphs' sizes. */
    private static Set<String> quads(DatasetGraph d) {
        return d.stream().map(q -> q.getSubject().isBlank() || q.getObject().isBlank()
                ? "graph " + q.getGraph() + " has " + d.getGraph(q.getGraph()).size() : q.toString()).collect(Collectors.toSet());
    }

    private static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.sorted().toList();
        }
    }

    private void copyProject() throws IOException {
        for (String dir : new String[] {"seeds", "mappings", "ontology", "shapes", "fuseki-config"}) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path f : files.toList()) {
                    Path to = project.resolve(f.toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(f, to);
                    }
                }
            }
        }
    }
}
