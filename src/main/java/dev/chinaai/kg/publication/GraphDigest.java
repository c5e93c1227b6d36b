package dev.chinaai.kg.publication;

import dev.chinaai.kg.diagnostics.KgException;
import dev.chinaai.kg.graph.DatasetFiles;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.core.Quad;

/**
 * The content digest of a published graph: what joins a release written by
 * {@code release VERSION} to a server that serves the same graph. It does not
 * depend on the order of the quads (the sum of each quad's SHA-256), nor on the
 * base IRI the graph is published under (every IRI under the base, and every
 * literal that {@code IriBase} rewrites with it, is hashed with the base taken
 * out), so a release written under the canonical base and a replica serving it
 * under the balancer's base have one digest; nor on how a store writes a value
 * (TDB2 gives {@code "30"^^xsd:decimal} back as {@code 30.0}: literals are
 * hashed in their canonical form); any changed quad changes it. Blank nodes
 * count by position only, since their labels are not content.
 *
 * @param id    {@code c} and 16 hex digits (64 bits: ample to tell releases apart)
 * @param quads how many quads were hashed
 */
public record GraphDigest(String id, long quads) {
    private static final Pattern ID = Pattern.compile("c[0-9a-f]{16}");
    private static final int KEPT_BYTES = 8;

    public GraphDigest {
        if (id == null || !ID.matcher(id).matches()) {
            throw new KgException("content digest " + id + ": expected c and 16 hex digits");
        }
        if (quads < 0) {
            throw new KgException("a digest counts quads >= 0, not " + quads);
        }
    }

    /** Whether a text is a content digest (and not, say, a release version). */
    public static boolean isDigest(String text) {
        return text != null && ID.matcher(text).matches();
    }

    /** The digest of these quads (each counted once per occurrence), with IRIs under {@code base} made relative. */
    public static GraphDigest of(Iterator<Quad> quads, String base) {
        Sum sum = new Sum(base);
        quads.forEachRemaining(q -> sum.add(sum.lanes(q)));
        return sum.digest();
    }

    /**
     * The digest taken one quad at a time, for a loader that sees each quad once
     * on its way into a store: {@link #lanes} is the quad's SHA-256 as four longs
     * (also what tells two quads apart, for a caller that counts each distinct
     * quad once), {@link #add} counts it in.
     */
    public static final class Sum {
        private final String base;
        private final MessageDigest sha = sha256();
        private final long[] sum = new long[4];
        private long n;

        public Sum(String base) {
            this.base = base;
        }

        /** The quad's hash, not yet counted. */
        public long[] lanes(Quad q) {
            sha.update(text(q.getGraph(), base));
            sha.update((byte) ' ');
            sha.update(text(q.getSubject(), base));
            sha.update((byte) ' ');
            sha.update(text(q.getPredicate(), base));
            sha.update((byte) ' ');
            sha.update(text(q.getObject(), base));
            ByteBuffer d = ByteBuffer.wrap(sha.digest());
            long[] lanes = new long[sum.length];
            for (int i = 0; i < lanes.length; i++) {
                lanes[i] = d.getLong();
            }
            return lanes;
        }

        /** Counts in a quad's hash. */
        public void add(long[] lanes) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += lanes[i];
            }
            n++;
        }

        /** The digest of the quads counted so far. */
        public GraphDigest digest() {
            ByteBuffer out = ByteBuffer.allocate(sum.length * Long.BYTES);
            for (long s : sum) {
                out.putLong(s);
            }
            // Mixed once more so that the kept prefix depends on every lane of the sum.
            byte[] id = sha256().digest(out.array());
            return new GraphDigest("c" + HexFormat.of().formatHex(id, 0, KEPT_BYTES), n);
        }
    }

    static byte[] text(Node node, String base) {
        Node n = node.isLiteral() ? CanonicalizeLiteral.get().apply(node) : node;
        String s;
        if (n.isBlank()) {
            s = "_:";
        } else if (n.isURI() && n.getURI().startsWith(base)) {
            s = "<~/" + n.getURI().substring(base.length()) + ">";
        } else if (n.isLiteral() && n.getLiteralLexicalForm().startsWith(base)
                && (XSDDatatype.XSDanyURI.equals(n.getLiteralDatatype()) || XSDDatatype.XSDstring.equals(n.getLiteralDatatype()))) {
            s = "\"~/" + n.getLiteralLexicalForm().substring(base.length()) + "\"^^" + n.getLiteralDatatypeURI();
        } else {
            // Not through Jena's formatter for a plain IRI or literal: it goes through a writer a character at a
            // time (a fifth of a 300x load).
            s = DatasetFiles.ntForm(n);
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
