package dev.chinaai.kg.server.store;

import dev.chinaai.kg.diagnostics.KgException;
import dev.chinaai.kg.publication.GraphDigest;
import java.util.regex.Pattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The content of the data a server publishes: its {@link GraphDigest} and its
 * quads as stored (each counted once). Which release that content is, if any,
 * is for {@code publication.ReleaseIdentity} to say.
 */
public record Release(String digest, long quads) {
    /** What a release id may hold: it goes into HTTP headers and ETags unquoted. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public Release {
        if (!GraphDigest.isDigest(digest)) {
            throw new KgException("content digest " + digest + ": expected c and 16 hex digits");
        }
        if (quads < 0) {
            throw new KgException("a release holds a count of quads >= 0, not " + quads);
        }
    }

    /** The id if it is a valid release id (a version or a digest); otherwise a KgException saying what one looks like. */
    public static String checked(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new KgException("release id " + id + ": a release id is 1 to 64 letters, digits, '.', '_' or '-', "
                    + "starting with a letter or digit (a version such as 1.0, or a content digest)");
        }
        return id;
    }

    /** The content of the dataset published under {@code base}; reads it in a read transaction. */
    public static Release of(DatasetGraph dataset, String base) {
        GraphDigest d = Txn.calculateRead(dataset, () -> GraphDigest.of(dataset.find(), base));
        return new Release(d.id(), d.quads());
    }
}
