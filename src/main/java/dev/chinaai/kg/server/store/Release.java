package dev.chinaai.kg.server.store;

import dev.chinaai.kg.diagnostics.KgException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * The identity of the data a server publishes: one value that names a
 * release, sent in the {@code X-Release} header, in every ETag and in VoID, so
 * that a client (or a shared cache) behind a balancer can tell which release
 * answered. It is given by an option, or else derived from the content: a
 * digest of the quads that does not depend on their order (the sum of each
 * quad's SHA-256), so that replicas serving copies of one store, or two stores
 * built from the same data, carry the same identity, and any changed quad
 * changes it. Blank nodes count by position only, since their labels are not
 * part of the content.
 */
public record Release(String id, long quads) {
    /** What an id given by an option may hold: it goes into HTTP headers and ETags unquoted. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    /** Hex digits of the digest kept in a derived id: 64 bits tell releases apart with ample margin. */
    private static final int KEPT_BYTES = 8;
    /** Blank nodes count by position only: their labels are not part of the content. */
    private static final byte[] BLANK = "_:".getBytes(StandardCharsets.UTF_8);

    public Release {
        checked(id);
        if (quads < 0) {
            throw new KgException("a release holds a count of quads >= 0, not " + quads);
        }
    }

    /** The id if it is a valid release id; otherwise a KgException saying what one looks like. */
    public static String checked(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new KgException("--release " + id + ": a release id is 1 to 64 letters, digits, '.', '_' or '-', "
                    + "starting with a letter or digit (for example 2026.11 or v3)");
        }
        return id;
    }

    /** The release of the dataset's content, derived from its quads; reads them in a read transaction. */
    public static Release of(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> of(dataset.find()));
    }

    /** The release of these quads (each counted once per occurrence). */
    static Release of(Iterator<Quad> quads) {
        Digest d = new Digest();
        quads.forEachRemaining(q -> d.add(d.lanes(q)));
        return d.release();
    }

    /**
     * The sum behind a derived id, one quad at a time: {@link #lanes} is the quad's
     * SHA-256 as four longs (also what tells two quads apart, for a caller that
     * must count each distinct quad once), {@link #add} counts it in.
     */
    static final class Digest {
        private final MessageDigest sha = sha256();
        private final long[] sum = new long[4];
        private long n;

        long[] lanes(Quad q) {
            sha.update(text(q.getGraph()));
            sha.update((byte) ' ');
            sha.update(text(q.getSubject()));
            sha.update((byte) ' ');
            sha.update(text(q.getPredicate()));
            sha.update((byte) ' ');
            sha.update(text(q.getObject()));
            ByteBuffer d = ByteBuffer.wrap(sha.digest());
            long[] lanes = new long[sum.length];
            for (int i = 0; i < lanes.length; i++) {
                lanes[i] = d.getLong();
            }
            return lanes;
        }

        void add(long[] lanes) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += lanes[i];
            }
            n++;
        }

        Release release() {
            ByteBuffer out = ByteBuffer.allocate(sum.length * Long.BYTES);
            for (long s : sum) {
                out.putLong(s);
            }
            // Mixed once more so that the kept prefix depends on every lane of the sum.
            byte[] id = sha.digest(out.array());
            return new Release("c" + HexFormat.of().formatHex(id, 0, KEPT_BYTES), n);
        }
    }

    /** The release with its id replaced by a given one (the option), keeping the count. */
    public Release named(String given) {
        return given == null ? this : new Release(given, quads);
    }

    /**
     * The node as N-Triples, the text the digest is taken of. An IRI without a
     * character N-Triples must escape is written directly: Jena's formatter goes
     * through a writer a character at a time, and this ran for every quad of a
     * load (a fifth of a 300x load).
     */
    static byte[] text(Node n) {
        if (n.isBlank()) {
            return BLANK;
        }
        String s = n.isURI() && plainIri(n.getURI()) ? "<" + n.getURI() + ">" : NodeFmtLib.strNT(n);
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** No character of the N-Triples IRIREF exclusions [#x00-#x20<>"{}|^`\]. */
    private static boolean plainIri(String iri) {
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= 0x20 || "<>\"{}|^`\\".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
