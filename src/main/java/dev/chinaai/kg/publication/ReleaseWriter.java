package dev.chinaai.kg.publication;

import dev.chinaai.kg.diagnostics.IoErrors;
import dev.chinaai.kg.diagnostics.KgException;
import dev.chinaai.kg.graph.DatasetFiles;
import dev.chinaai.kg.graph.IriBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Writes a new release into a {@link ReleaseShelf}: the dataset as N-Quads and
 * TriG, the changelog against the latest release as an RDF Patch and as
 * Markdown, and the metadata with the checksums of those files. Everything is
 * written into a hidden sibling folder and renamed into place at the end, so a
 * release folder is complete or absent. A version that exists or is not greater
 * than the latest release is refused before anything is written.
 */
public final class ReleaseWriter {
    private ReleaseWriter() {
    }

    /** What was written: the version, the one it revises (or null), the changes and the graph's content digest. */
    public record Written(ReleaseVersion version, ReleaseVersion previous, Changelog changes, Path folder,
            GraphDigest digest) {
    }

    /** Writes release {@code version} of {@code dataset}, whose IRIs are under {@code base}. */
    public static Written write(ReleaseShelf shelf, ReleaseVersion version, DatasetGraph dataset, IriBase base,
            SourceTextMode mode, LocalDate issued) {
        Optional<ReleaseVersion> latest = check(shelf, version);
        DatasetGraph before = null;
        if (latest.isPresent()) {
            before = base.rewrite(shelf.dataset(latest.get()), new IriBase(shelf.base(latest.get())));
        }
        Changelog changes = Changelog.between(before, dataset, base.iri());
        String previousIri = latest.map(v -> ReleaseShelf.iri(base.iri(), v)).orElse(null);
        Map<String, byte[]> contents = new LinkedHashMap<>();
        contents.put(ReleaseShelf.NQUADS, DatasetFiles.nquads(dataset));
        contents.put(ReleaseShelf.TRIG, DatasetFiles.trig(dataset, base));
        contents.put(ReleaseShelf.PATCH, changes.patch(ReleaseShelf.iri(base.iri(), version), previousIri));
        contents.put(ReleaseShelf.SUMMARY, changes.summary(version.text(), latest.map(ReleaseVersion::text).orElse(null),
                base.iri()));
        Map<String, ReleaseMetadata.FileInfo> files = new LinkedHashMap<>();
        for (java.util.List<String> f : ReleaseShelf.FILES) {
            byte[] bytes = contents.get(f.get(0));
            if (bytes != null) {
                files.put(f.get(0), new ReleaseMetadata.FileInfo(f.get(0), f.get(1), bytes.length, dev.chinaai.kg.seed.SeedText.sha256(bytes)));
            }
        }
        GraphDigest digest = GraphDigest.of(dataset.find(), base.iri());
        contents.put(ReleaseShelf.METADATA, ReleaseMetadata.turtle(base.iri(), version, latest.orElse(null), issued, mode,
                digest, files));
        Path folder = shelf.folder(version);
        moveIntoPlace(shelf.dir(), folder, contents);
        return new Written(version, latest.orElse(null), changes, folder, digest);
    }

    /** The latest release, after refusing a version that exists or does not come after it. */
    public static Optional<ReleaseVersion> check(ReleaseShelf shelf, ReleaseVersion version) {
        Path folder = shelf.folder(version);
        if (Files.exists(folder)) {
            throw new KgException(folder + ": release " + version + " exists already; a release is never "
                    + "overwritten, give a version greater than " + shelf.latest().map(ReleaseVersion::text).orElse(version.text()));
        }
        Optional<ReleaseVersion> latest = shelf.latest();
        if (latest.isPresent() && version.compareTo(latest.get()) <= 0) {
            throw new KgException("release " + version + ": not greater than the latest release " + latest.get() + " in "
                    + shelf.dir() + "; give a version greater than " + latest.get() + ", e.g. " + next(latest.get()));
        }
        return latest;
    }

    private static String next(ReleaseVersion v) {
        String[] parts = v.text().split("\\.");
        parts[parts.length - 1] = Integer.toString(Integer.parseInt(parts[parts.length - 1]) + 1);
        return String.join(".", parts);
    }

    private static void moveIntoPlace(Path dir, Path folder, Map<String, byte[]> contents) {
        Path fresh = dir.resolve("." + folder.getFileName() + ".new-" + ProcessHandle.current().pid() + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        try {
            Files.createDirectories(dir);
            Files.createDirectory(fresh);
            for (Map.Entry<String, byte[]> f : contents.entrySet()) {
                DatasetFiles.atomicWrite(fresh.resolve(f.getKey()), f.getValue());
            }
            Files.move(fresh, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(fresh);
            throw new KgException(folder + ": cannot write the release: " + IoErrors.reason(e)
                    + "; nothing was written; give --releases a folder you can write to", e);
        } catch (RuntimeException e) {
            deleteQuietly(fresh);
            throw e;
        }
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A hidden leftover is never read as a release; the error that stopped the release is the one to report.
        }
    }
}
