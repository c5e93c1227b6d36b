package dev.chinaai.kg.server.store;

/**
 * A set of 256-bit digests (four longs each) in one open-addressing array: the
 * quads a bulk load has seen, by their SHA-256, so that a quad repeated across
 * dumps (each shard's dump carries the ontology) is stored, indexed and counted
 * once. 32 bytes a quad where a set of quads would hold four nodes and their
 * strings.
 */
final class DigestSet {
    private static final int LANES = 4;
    private long[] slots = new long[LANES * 1024];
    private boolean[] used = new boolean[1024];
    private int size;

    /** Adds the digest; true if it was not there. */
    boolean add(long[] digest) {
        // At most three quarters full: 20 M quads (1000x) fit in 2^25 slots, 1 GB.
        if (4L * (size + 1) > 3L * used.length) {
            grow();
        }
        int mask = used.length - 1;
        for (int i = (int) mix(digest[0]) & mask; ; i = (i + 1) & mask) {
            if (!used[i]) {
                used[i] = true;
                System.arraycopy(digest, 0, slots, i * LANES, LANES);
                size++;
                return true;
            }
            if (equalAt(i, digest)) {
                return false;
            }
        }
    }

    int size() {
        return size;
    }

    private boolean equalAt(int i, long[] digest) {
        for (int k = 0; k < LANES; k++) {
            if (slots[i * LANES + k] != digest[k]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        long[] oldSlots = slots;
        boolean[] oldUsed = used;
        slots = new long[oldSlots.length * 2];
        used = new boolean[oldUsed.length * 2];
        size = 0;
        long[] d = new long[LANES];
        for (int i = 0; i < oldUsed.length; i++) {
            if (oldUsed[i]) {
                System.arraycopy(oldSlots, i * LANES, d, 0, LANES);
                add(d);
            }
        }
    }

    /** The digest is uniform already; mixed anyway so that a caller's non-random input cannot cluster. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        return h ^ (h >>> 33);
    }
}
