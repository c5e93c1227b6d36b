package dev.chinaai.kg.server.store;

import dev.chinaai.kg.publication.GraphDigest;
import dev.chinaai.kg.publication.ReleaseVersion;
import dev.chinaai.kg.publication.SourceTextMode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The marker file of a complete store ({@link Store#MARKER}), a properties
 * file that scripts read too: {@code release} is what the store is served as
 * (its release's version, else its content digest), the header a client of
 * the replicas sees; {@code source-text} is the mode it was built in.
 */
final class StoreMarker {
    private StoreMarker() {
    }

    static void write(Path dir, Store.Info info) {
        Properties p = new Properties();
        p.setProperty("base", info.base());
        p.setProperty("quads", Long.toString(info.quads()));
        p.setProperty("digest", info.digest());
        p.setProperty("release", info.releaseId());
        p.setProperty("source-text", info.sourceText().optionValue());
        p.setProperty("built", Long.toString(info.built()));
        try (Writer w = Files.newBufferedWriter(dir.resolve(Store.MARKER), StandardCharsets.UTF_8)) {
            p.store(w, "A complete store: written after TDB2 and the Lucene index were closed");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the marker says, or null when there is none or it cannot be read (the store is then not complete). */
    static Store.Info read(Path dir) {
        Path marker = dir.resolve(Store.MARKER);
        if (!Files.isRegularFile(marker)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
            p.load(r);
            // A store written before digests and modes were recorded has neither; its release was an older digest.
            String digest = p.getProperty("digest");
            String release = p.getProperty("release", "");
            String mode = p.getProperty("source-text");
            return new Store.Info(p.getProperty("base"), Long.parseLong(p.getProperty("quads")),
                    GraphDigest.isDigest(digest) ? digest : null,
                    ReleaseVersion.isVersion(release) ? new ReleaseVersion(release) : null,
                    mode == null ? null : SourceTextMode.parse(mode), Long.parseLong(p.getProperty("built", "0")));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
