package dev.chinaai.kg.publication;

import dev.chinaai.kg.diagnostics.IoErrors;
import dev.chinaai.kg.diagnostics.KgException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCTerms;

/**
 * A folder of releases, one sub-folder per version ({@code releases/1.0/}).
 * Only complete releases count: a folder is complete when it holds its
 * metadata file, which {@link ReleaseWriter} writes last, and is renamed into
 * place only then; hidden folders (a release being written) are ignored.
 */
public final class ReleaseShelf {
    /** The release's dataset as N-Quads. */
    public static final String NQUADS = "china-ai.nq";
    /** The release's dataset as TriG. */
    public static final String TRIG = "china-ai.trig";
    /** The changes since the previous release as an RDF Patch. */
    public static final String PATCH = "changes.rdfp";
    /** The changes since the previous release for people. */
    public static final String SUMMARY = "CHANGES.md";
    /** VoID/DCAT metadata of the release, with a checksum of each other file. */
    public static final String METADATA = "release.ttl";
    /** Every file of a release, with its media type. */
    public static final List<List<String>> FILES = List.of(List.of(NQUADS, "application/n-quads"),
            List.of(TRIG, "application/trig"), List.of(PATCH, "application/rdf-patch"),
            List.of(SUMMARY, "text/markdown; charset=utf-8"), List.of(METADATA, "text/turtle"));

    private final Path dir;

    public ReleaseShelf(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** The complete releases, oldest first; none when the folder does not exist. */
    public List<ReleaseVersion> versions() {
        List<ReleaseVersion> versions = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return versions;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (ReleaseVersion.isVersion(name) && Files.isRegularFile(p.resolve(METADATA))) {
                    versions.add(new ReleaseVersion(name));
                }
            }
        } catch (IOException e) {
            throw new KgException(dir + ": cannot list the releases: " + IoErrors.reason(e), e);
        }
        versions.sort(null);
        return versions;
    }

    public Optional<ReleaseVersion> latest() {
        List<ReleaseVersion> v = versions();
        return v.isEmpty() ? Optional.empty() : Optional.of(v.get(v.size() - 1));
    }

    public Path folder(ReleaseVersion v) {
        return dir.resolve(v.text());
    }

    /** A release's dataset, read from its N-Quads. */
    public DatasetGraph dataset(ReleaseVersion v) {
        DatasetGraph d = DatasetGraphFactory.create();
        RDFDataMgr.read(d, folder(v).resolve(NQUADS).toString(), Lang.NQUADS);
        return d;
    }

    /** A release's VoID/DCAT metadata. */
    public Model metadata(ReleaseVersion v) {
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, folder(v).resolve(METADATA).toString(), Lang.TURTLE);
        return m;
    }

    /** The base IRI a release was written under (its {@code void:uriSpace}). */
    public String base(ReleaseVersion v) {
        return metadata(v).listObjectsOfProperty(ReleaseMetadata.URI_SPACE).nextOptional()
                .map(n -> n.asLiteral().getLexicalForm()).orElseThrow(() -> new KgException(folder(v).resolve(METADATA)
                        + ": no void:uriSpace; the release metadata was changed by hand, restore it"));
    }

    /** The day a release was issued ({@code dcterms:issued}), as written. */
    public String issued(ReleaseVersion v) {
        return metadata(v).listObjectsOfProperty(DCTerms.issued).nextOptional()
                .map(n -> n.asLiteral().getLexicalForm()).orElse("");
    }

    /**
     * The content digest a release recorded ({@code cai:contentDigest} of its
     * metadata), or null for a release written before digests were recorded.
     */
    public String digest(ReleaseVersion v) {
        return metadata(v).listObjectsOfProperty(ReleaseMetadata.contentDigest(base(v))).nextOptional()
                .map(n -> n.asLiteral().getLexicalForm()).filter(GraphDigest::isDigest).orElse(null);
    }

    /** The newest release whose graph has this content digest, if any. */
    public Optional<ReleaseVersion> versionWithDigest(String digest) {
        List<ReleaseVersion> all = versions();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (digest.equals(digest(all.get(i)))) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    /** The IRI of a release under a base. */
    public static String iri(String base, ReleaseVersion v) {
        return base + "releases/" + v.text() + "/";
    }
}
