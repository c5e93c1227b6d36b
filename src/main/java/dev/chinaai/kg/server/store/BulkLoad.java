package dev.chinaai.kg.server.store;

import dev.chinaai.kg.publication.GraphDigest;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdInline;

/**
 * Fills an empty store in one pass over the quads: TDB2 through
 * {@link TdbBulkWriter} (the node table while the quads stream, then every
 * index sorted and packed, each written once, so the database needs no
 * compaction afterwards) and the Lucene index from the same stream
 * ({@link TextIndexFeed}, on a thread of its own), with the documents the
 * text dataset makes when a quad is added through it: one per distinct quad
 * of an indexed predicate, in the order the quads first arrive. Adding quads
 * through the text dataset instead, in batches of write transactions, cost a
 * transaction per batch, a lookup per quad for the text index's duplicate
 * check and a compaction of the copy-on-write blocks at the end.
 */
final class BulkLoad {
    /** Lucene's buffer before it flushes a segment; the default 16 MB makes many small segments to merge. */
    private static final double RAM_BUFFER_MB = 256;
    private static final long REPORT_EVERY = 1_000_000;

    private BulkLoad() {
    }

    /**
     * Loads {@code quads} into the text dataset's TDB2 and index; {@code total} is -1 when unknown. Returns the
     * content of the distinct quads loaded, its digest taken under {@code base} on the way (reading them back from
     * TDB2 cost a tenth of the build).
     */
    static Release run(DatasetGraph textDataset, Iterator<Quad> quads, Map<String, String> prefixes, long total,
            String base, PrintWriter log) {
        DatasetGraphText text = (DatasetGraphText) textDataset;
        TextIndex index = text.getTextIndex();
        TextIndexLucene lucene = SharedReaderTextIndex.luceneOf(index);
        if (lucene != null) {
            lucene.getIndexWriter().getConfig().setRAMBufferSizeMB(RAM_BUFFER_MB);
        }
        DatasetGraph tdb = Store.storage(textDataset);
        // Each distinct quad once, in the index and in the release: a dump of each shard repeats the ontology.
        DigestSet seen = new DigestSet();
        Set<Quad> blankQuads = new HashSet<>();
        GraphDigest.Sum release = new GraphDigest.Sum(base);
        TdbBulkWriter writer = TdbBulkWriter.start(tdb, Math.max(0, total));
        long n = 0;
        try (TextIndexFeed feed = new TextIndexFeed(index)) {
            while (quads.hasNext()) {
                Quad q = quads.next();
                // TDB2 keeps numbers, dates and booleans inline in their canonical form ("1.50" is stored as
                // "1.5"): the release is of what the store holds, and two forms of one value are one quad there.
                Quad held = stored(q);
                long[] digest = release.lanes(held);
                // The release's digest leaves blank node labels out, so it tells only quads without them apart;
                // the few with them (the ontology's OWL lists and unions) are kept whole.
                if (!(hasBlank(held) ? blankQuads.add(held) : seen.add(digest))) {
                    continue;
                }
                release.add(digest);
                writer.add(q);
                feed.add(q);
                if (++n % REPORT_EVERY == 0) {
                    log.printf(total > 0 ? "  store: %,d of %,d quads%n" : "  store: %,d quads%n", n, total);
                    log.flush();
                }
            }
            // Lucene merges and commits on its thread while TDB2's indexes are written on the others.
            feed.commit();
            writer.finish(log);
            feed.await();
        } finally {
            writer.close();
        }
        DatasetGraph stored = tdb;
        Txn.executeWrite(stored, () -> prefixes.forEach((p, u) -> stored.prefixes().add(p, u)));
        GraphDigest digest = release.digest();
        return new Release(digest.id(), digest.quads());
    }

    private static Quad stored(Quad q) {
        Node o = q.getObject();
        NodeId inline = o.isLiteral() ? NodeIdInline.inline(o) : null;
        return inline == null ? q : Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(), NodeIdInline.extract(inline));
    }

    private static boolean hasBlank(Quad q) {
        return q.getGraph().isBlank() || q.getSubject().isBlank() || q.getObject().isBlank();
    }
}
