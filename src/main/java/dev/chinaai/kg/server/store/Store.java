package dev.chinaai.kg.server.store;

import dev.chinaai.kg.diagnostics.IoErrors;
import dev.chinaai.kg.diagnostics.KgException;
import dev.chinaai.kg.graph.IriBase;
import dev.chinaai.kg.graph.Prefixes;
import dev.chinaai.kg.project.ProjectLayout;
import dev.chinaai.kg.publication.ReleaseIdentity;
import dev.chinaai.kg.publication.ReleaseShelf;
import dev.chinaai.kg.publication.ReleaseVersion;
import dev.chinaai.kg.publication.SourceTextMode;
import dev.chinaai.kg.publication.SourceTexts;
import dev.chinaai.kg.server.options.QueryLimits;
import dev.chinaai.kg.server.options.ServerOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;

/**
 * A persistent store: TDB2 and the on-disk Lucene index that
 * {@code fuseki-config/config.ttl} describes, with its locations under one
 * folder, plus a marker file written last. {@link #write} builds into a
 * temporary sibling folder and moves it into place only when complete, so a
 * build killed at any moment leaves the previous store intact; a folder
 * without the marker is never served.
 */
public final class Store {
    public static final String MARKER = "STORE-COMPLETE.properties";
    /** Below this much free space after a failed write, the failure is reported as a full disk. */
    private static final long MIN_FREE_BYTES = 16L * 1024 * 1024;
    private static final Node TEXT_DATASET = NodeFactory.createURI("http://jena.apache.org/text#TextDataset");

    private Store() {
    }

    /**
     * What the marker says of a complete store: its base, its quads, the
     * content digest of its graph (null for a store written before digests were
     * recorded), the release it was built as (null: its graph was no release
     * then), the source-text mode it was built in (null when not recorded) and
     * when it was built (epoch milliseconds; 0 when not recorded), the
     * Last-Modified of everything served from it, the same on every replica.
     */
    public record Info(String base, long quads, String digest, ReleaseVersion release, SourceTextMode sourceText,
            long built) {
        /** What the store is published as: its release's version, else its digest (the marker's {@code release}). */
        public String releaseId() {
            return release != null ? release.text() : digest;
        }
    }

    /**
     * Writes a validated dataset (under the canonical base), published in a
     * source-text mode, as a store in {@code dir}, published under {@code base}.
     * A graph that is a release of {@code releases} (null: none) is recorded as that release.
     */
    public static Info write(ProjectLayout layout, DatasetGraph validated, IriBase canonical, IriBase base, Path dir,
            SourceTextMode mode, ReleaseShelf releases, PrintWriter log) {
        DatasetGraph data = base.rewrite(validated, canonical);
        return write(layout, new Source(data.find(), data.prefixes().getMapping(), data.stream().count(), mode, releases),
                base, dir, log);
    }

    /**
     * Writes a store from N-Quads dumps that {@code build} wrote (so each was
     * validated), streamed from disk: for a corpus whose shards are built one by
     * one because the whole would not fit in one build's heap. The IRIs must be
     * under {@code base}, as {@code build --base} wrote them.
     */
    public static Info load(ProjectLayout layout, List<Path> dumps, IriBase base, Path dir, ReleaseShelf releases,
            PrintWriter log) {
        return write(layout, new Source(Dumps.quads(dumps), Prefixes.standard(base), -1, null, releases), base, dir, log);
    }

    /**
     * Quads to store, streamed; the prefixes to keep; how many there are, or -1
     * if unknown; the source-text mode they were published in (null: read it
     * from the data); the releases to look the graph up in (null: none).
     */
    private record Source(Iterator<Quad> quads, Map<String, String> prefixes, long total, SourceTextMode mode,
            ReleaseShelf releases) {
    }

    private static Info write(ProjectLayout layout, Source source, IriBase base, Path dir, PrintWriter log) {
        Path target = dir.toAbsolutePath().normalize();
        Path tmp = target.resolveSibling("." + target.getFileName() + ".building");
        deleteTree(tmp);
        Info info;
        try {
            info = fill(layout, source, base, tmp, log);
        } catch (KgException e) {
            deleteAfterFailure(tmp, e);
            throw e;
        } catch (RuntimeException | InternalError e) {
            // TDB2 writes through memory-mapped files: a full disk there is a SIGBUS, which the JVM raises as an
            // InternalError ("a fault occurred in a recent unsafe memory access"); Lucene and the marker give IOExceptions.
            String why = reason(e, target);
            deleteAfterFailure(tmp, e);
            throw new KgException(target + ": cannot write the store: " + why
                    + "; free some space or give --store a folder on another disk (the previous store is untouched)", e);
        } catch (Error e) {
            // Out of memory, most likely: the caller says so; the half-written store must not stay behind.
            deleteAfterFailure(tmp, e);
            throw e;
        }
        replace(target, tmp);
        return info;
    }

    /** Loads, indexes and marks the store in the temporary folder; returns what the marker says. */
    private static Info fill(ProjectLayout layout, Source source, IriBase base, Path tmp, PrintWriter log) {
        ServerOptions options = new ServerOptions(0, base.iri(), QueryLimits.defaults(), tmp, "localhost", false);
        Graph config = FusekiConfigFile.read(layout, base, options);
        Dataset ds = DatasetFactory.assemble(ModelFactory.createModelForGraph(config).createResource(textDataset(config).getURI()));
        Release release;
        SourceTextMode mode = source.mode();
        try {
            DatasetGraph dsg = ds.asDatasetGraph();
            // Each distinct quad counted once: dumps of shards repeat the ontology's quads, which the store holds once.
            release = BulkLoad.run(dsg, source.quads(), source.prefixes(), source.total(), base.iri(), log);
            if (mode == null) {
                Node sourceText = NodeFactory.createURI(base.ontologyNamespace() + "sourceText");
                mode = Txn.calculateRead(dsg, () -> SourceTexts.modeOf(dsg, sourceText));
            }
        } finally {
            release(ds.asDatasetGraph(), tmp);
        }
        ReleaseIdentity identity = ReleaseIdentity.of(release.digest(), source.releases(), null);
        Info info = new Info(base.iri(), release.quads(), release.digest(), identity.version(), mode,
                System.currentTimeMillis());
        StoreMarker.write(tmp, info);
        return info;
    }

    /** Why writing failed, in words: the disk is full, or the I/O error's own reason. */
    private static String reason(Throwable e, Path target) {
        long free = usableSpace(target.getParent());
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof IOException io) {
                String why = IoErrors.reason(io);
                return free >= 0 && free < MIN_FREE_BYTES ? "the disk is full (" + why + ")" : why;
            }
        }
        if (e instanceof InternalError) {
            return "the disk is full or failing (a write to a memory-mapped TDB2 file faulted; "
                    + (free >= 0 ? free / 1024 + " KiB free" : "free space unknown") + ")";
        }
        return String.valueOf(e.getMessage());
    }

    private static long usableSpace(Path dir) {
        try {
            return Files.getFileStore(dir).getUsableSpace();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Removes the half-written store; a failure to remove it is kept with the first failure, not raised over it. */
    private static void deleteAfterFailure(Path tmp, Throwable first) {
        try {
            deleteTree(tmp);
        } catch (KgException e) {
            first.addSuppressed(e);
        }
    }

    /**
     * Closes a text dataset of a store (the Lucene index and TDB2) and releases
     * TDB2's location and its file lock, so that the folder can be moved or
     * opened again by this process.
     */
    public static void release(DatasetGraph textDataset, Path store) {
        DatasetGraph tdb = storage(textDataset);
        if (textDataset instanceof DatasetGraphText text && fatallyFailed(text.getTextIndex())) {
            // Lucene closes its writer itself after a fatal error (out of memory in the middle of a document, say);
            // when that error strikes again during its own closing, closing it once more waits for ever. The
            // store is being thrown away: only TDB2 is closed.
            tdb.close();
        } else {
            textDataset.close();
        }
        TDBInternal.expel(tdb);
        DatabaseConnection.internalExpel(Location.create(store.resolve("tdb2").toString()), false);
    }

    private static boolean fatallyFailed(TextIndex index) {
        TextIndexLucene lucene = SharedReaderTextIndex.luceneOf(index);
        return lucene != null && lucene.getIndexWriter() != null && lucene.getIndexWriter().getTragicException() != null;
    }

    /** The dataset under the wrappers of the configuration's text dataset: the TDB2 one, or whatever it wraps. */
    public static DatasetGraph storage(DatasetGraph dataset) {
        DatasetGraph d = dataset;
        while (d instanceof DatasetGraphWrapper w) {
            d = w.getBase();
        }
        return d;
    }

    private static Node textDataset(Graph config) {
        List<Node> found = config.find(Node.ANY, RDF.type.asNode(), TEXT_DATASET).mapWith(t -> t.getSubject()).toList();
        if (found.size() != 1 || !found.get(0).isURI()) {
            throw new KgException("fuseki-config/" + FusekiConfigFile.FILE + ": expected exactly one text:TextDataset with an IRI, found "
                    + found.size());
        }
        return found.get(0);
    }

    /** The marker of a complete store, or null when the folder is not one (missing, or a build was interrupted). */
    public static Info read(Path dir) {
        return StoreMarker.read(dir);
    }

    /** Moves the new store into place; the old one is removed only after the new one is there. */
    private static void replace(Path target, Path tmp) {
        Path old = target.resolveSibling("." + target.getFileName() + ".old");
        try {
            deleteTree(old);
            if (Files.exists(target)) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
        } catch (IOException e) {
            throw new KgException(target + ": cannot move the new store into place: " + e.getMessage(), e);
        }
    }

    static void deleteTree(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        } catch (IOException e) {
            throw new KgException(p + ": cannot remove: " + e.getMessage(), e);
        }
    }
}
