package org.jisr.validation.internal.rules;

/**
 * A map from 64-bit id hashes to non-zero {@code int} values, 12 bytes a slot, 1.14 to 1.43 slots
 * an id: about 14 to 17 bytes an id. Ids are only added, never removed or replaced. Open
 * addressing over the hashes ({@link RecordIds#hash}, never 0, so 0 marks an empty slot) in
 * {@value #SEGMENTS} segments chosen by the hash's top bits, each a {@code long} and an {@code int}
 * array with linear probing, at most seven eighths full, growing by a quarter on its own (so
 * between 70 % and 87.5 % full).
 *
 * <p>Why segments: a single table growing by half holds its old and new arrays at once, about
 * 2.5 times its size, and near a million ids that alone (some 48 MB) does not fit a 64 MB heap;
 * its arrays are also megabytes long, which a region-based collector (G1) must place in
 * contiguous free regions. A segment is a 64th of the table: growing one needs a 64th more, and
 * its arrays stay a few hundred kilobytes for a few million ids. A segment's home slot comes from
 * the low 32 bits of the hash (multiply and shift, no division), independent of the top bits that
 * chose the segment.
 *
 * <p>Why so full: the hashes are uniform, and a segment is small enough to stay in the processor's
 * caches, so the longer probe runs of a fuller table (some 30 slots read to add an id at 7/8, 5 to
 * find one) cost nanoseconds against the tens of microseconds a record takes to validate, while
 * every slot left empty costs 12 bytes an id. Growing by a quarter copies each id about four
 * times in all. Not thread-safe: one validation.
 */
final class IdTable {

    /** Bits of the hash that choose the segment (its top bits). */
    static final int SEGMENT_BITS = 6;
    /** The number of segments. */
    private static final int SEGMENTS = 1 << SEGMENT_BITS;
    /** The slots of a new segment. */
    private static final int INITIAL = 16;

    /** The segment of a hash. */
    private static int segment(long key) {
        return (int) (key >>> (64 - SEGMENT_BITS));
    }

    /** The slot of a hash in a segment's keys, or the empty slot where it would go. */
    private static int find(long[] keys, long key) {
        int n = keys.length;
        int slot = (int) (((key & 0xFFFFFFFFL) * n) >>> 32);
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = slot + 1 == n ? 0 : slot + 1;
        }
        return slot;
    }

    /** Whether a segment with this many ids in this many slots must grow (more than 7/8 full). */
    private static boolean full(int size, int capacity) {
        return size * 8L > capacity * 7L;
    }

    /** The slots of a segment after it grows. */
    private static int grown(int capacity) {
        return capacity + capacity / 4;
    }

    private final long[][] keys = new long[SEGMENTS][];
    private final int[][] values = new int[SEGMENTS][];
    private final int[] sizes = new int[SEGMENTS];
    private int size;

    IdTable() {
        for (int s = 0; s < SEGMENTS; s++) {
            keys[s] = new long[INITIAL];
            values[s] = new int[INITIAL];
        }
    }

    /** The number of ids added. */
    int size() {
        return size;
    }

    /** The value of an id hash, or 0 if it was never added. */
    int get(long key) {
        int s = segment(key);
        long[] k = keys[s];
        int slot = find(k, key);
        return k[slot] == key ? values[s][slot] : 0;
    }

    /**
     * Adds an id hash with its value, unless it was added before.
     *
     * @return 0 if it is new (and now added), else the value it was added with
     */
    int putIfAbsent(long key, int value) {
        if (key == 0 || value == 0) {
            throw new IllegalArgumentException("0 is no id hash and no value");
        }
        int s = segment(key);
        long[] k = keys[s];
        int slot = find(k, key);
        if (k[slot] == key) {
            return values[s][slot];
        }
        k[slot] = key;
        values[s][slot] = value;
        size++;
        if (full(++sizes[s], k.length)) {
            grow(s);
        }
        return 0;
    }

    /** The slots of all segments (for tests and for the figures in docs/performance.md). */
    long capacity() {
        long c = 0;
        for (long[] k : keys) {
            c += k.length;
        }
        return c;
    }

    private void grow(int s) {
        long[] oldKeys = keys[s];
        int[] oldValues = values[s];
        long[] k = new long[grown(oldKeys.length)];
        int[] v = new int[k.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = find(k, oldKeys[i]);
                k[slot] = oldKeys[i];
                v[slot] = oldValues[i];
            }
        }
        keys[s] = k;
        values[s] = v;
    }
}
