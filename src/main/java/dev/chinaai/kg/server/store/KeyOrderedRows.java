package dev.chinaai.kg.server.store;

import dev.chinaai.kg.diagnostics.KgException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.lucene.util.IntroSorter;

/**
 * Rows of node ids (triples or quads) held in one flat array of longs, in the
 * order they were added, from which the records of any index of their table
 * are made in that index's key order. A node id is the 8 bytes TDB2 stores,
 * read as a big-endian long, and rows compare as TDB2's records do: unsigned,
 * slot by slot.
 */
final class KeyOrderedRows {
    /** The longest array a JVM makes, about: 536 million quads. */
    private static final long MAX_LONGS = Integer.MAX_VALUE - 8;
    private final String natural;
    private final int width;
    private long[] rows;
    private int count;
    /** The 8 bytes of one node id, reused: {@link #add} runs for every quad of a load, on one thread. */
    private final byte[] bytes = new byte[8];

    /** Rows of the natural order {@code natural} (SPO or GSPO), room made for about {@code expected}. */
    KeyOrderedRows(String natural, long expected) {
        this.natural = natural;
        this.width = natural.length();
        this.rows = new long[Math.multiplyExact(Math.toIntExact(Math.max(16, expected)), width)];
    }

    /** Adds a row; its node ids are in the natural order. */
    void add(NodeId... ids) {
        if ((long) (count + 1) * width > rows.length) {
            long grown = Math.min(MAX_LONGS, (long) rows.length / 2 * 3);
            if (grown < (long) (count + 1) * width) {
                throw new KgException("one load holds at most " + MAX_LONGS / width + " rows of a table in memory; "
                        + "this one has more: split the dumps into stores of their own");
            }
            rows = Arrays.copyOf(rows, (int) grown);
        }
        int at = count++ * width;
        for (int i = 0; i < width; i++) {
            NodeIdFactory.set(ids[i], bytes, 0);
            long v = 0;
            for (byte b : bytes) {
                v = (v << 8) | (b & 0xFF);
            }
            rows[at + i] = v;
        }
    }

    int size() {
        return count;
    }

    /**
     * The records of the index with key order {@code order} (for example POSG), sorted, each row once; the copy
     * sorted is this method's own, so several indexes can be made at once.
     */
    Records records(String order, RecordFactory factory) {
        long[] keyed = new long[Math.multiplyExact(count, width)];
        for (int i = 0; i < width; i++) {
            int from = natural.indexOf(order.charAt(i));
            if (from < 0 || order.length() != width) {
                throw new IllegalArgumentException(order + " is not an order of " + natural);
            }
            for (int k = 0; k < count; k++) {
                keyed[k * width + i] = rows[k * width + from];
            }
        }
        new Sorter(keyed, width).sort(0, count);
        return new Records(keyed, width, count, factory);
    }

    private static int compare(long[] a, int at, long[] b, int bt, int width) {
        for (int s = 0; s < width; s++) {
            int c = Long.compareUnsigned(a[at + s], b[bt + s]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Lucene's introsort over rows of a flat array, swapping them in place. */
    private static final class Sorter extends IntroSorter {
        private final long[] rows;
        private final int width;
        private final long[] pivot;

        Sorter(long[] rows, int width) {
            this.rows = rows;
            this.width = width;
            this.pivot = new long[width];
        }

        @Override
        protected void setPivot(int i) {
            System.arraycopy(rows, i * width, pivot, 0, width);
        }

        @Override
        protected int comparePivot(int j) {
            return KeyOrderedRows.compare(pivot, 0, rows, j * width, width);
        }

        @Override
        protected int compare(int i, int j) {
            return KeyOrderedRows.compare(rows, i * width, rows, j * width, width);
        }

        @Override
        protected void swap(int i, int j) {
            int a = i * width;
            int b = j * width;
            for (int s = 0; s < width; s++) {
                long t = rows[a + s];
                rows[a + s] = rows[b + s];
                rows[b + s] = t;
            }
        }
    }

    /** The sorted rows as records, big-endian, a row equal to the one before it left out. */
    static final class Records implements Iterator<Record> {
        private final long[] rows;
        private final int width;
        private final int count;
        private final RecordFactory factory;
        private int next;
        private long handedOut;

        Records(long[] rows, int width, int count, RecordFactory factory) {
            this.rows = rows;
            this.width = width;
            this.count = count;
            this.factory = factory;
        }

        @Override
        public boolean hasNext() {
            while (next > 0 && next < count && compare(rows, next * width, rows, (next - 1) * width, width) == 0) {
                next++;
            }
            return next < count;
        }

        @Override
        public Record next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            byte[] key = new byte[width * 8];
            int at = next++ * width;
            handedOut++;
            for (int i = 0; i < width; i++) {
                long v = rows[at + i];
                for (int b = 7; b >= 0; b--) {
                    key[i * 8 + b] = (byte) v;
                    v >>>= 8;
                }
            }
            return factory.create(key);
        }

        /** How many records were handed out so far: the distinct rows, once all are. */
        long handedOut() {
            return handedOut;
        }
    }
}
