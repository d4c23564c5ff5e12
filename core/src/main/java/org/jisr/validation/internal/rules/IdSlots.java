package org.jisr.validation.internal.rules;

/**
 * What {@link IdTable} and {@link IdIndex} share: open addressing over 64-bit id hashes
 * ({@link RecordIds#hash}, never 0, so 0 marks an empty slot) in {@value #SEGMENTS} segments
 * chosen by the hash's top bits, each with linear probing, at most three quarters full, growing
 * by half on its own.
 *
 * <p>Why segments: a single table growing by half holds its old and new arrays at once, about
 * 2.5 times its size, and near a million ids that alone (some 48 MB) does not fit a 64 MB heap;
 * its arrays are also megabytes long, which a region-based collector (G1) must place in
 * contiguous free regions. A segment is a 64th of the table: growing one needs a 64th more, and
 * its arrays stay a few hundred kilobytes for a few million ids. A segment's home slot comes from
 * the low 32 bits of the hash (multiply and shift, no division), independent of the top bits that
 * chose the segment. Not thread-safe.
 */
final class IdSlots {

    /** Bits of the hash that choose the segment (its top bits). */
    static final int SEGMENT_BITS = 6;
    /** The number of segments. */
    static final int SEGMENTS = 1 << SEGMENT_BITS;
    /** The slots of a new segment. */
    static final int INITIAL = 16;

    private IdSlots() {
    }

    /** The segment of a hash. */
    static int segment(long key) {
        return (int) (key >>> (64 - SEGMENT_BITS));
    }

    /** The slot of a hash in a segment's keys, or the empty slot where it would go. */
    static int find(long[] keys, long key) {
        int n = keys.length;
        int slot = (int) (((key & 0xFFFFFFFFL) * n) >>> 32);
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = slot + 1 == n ? 0 : slot + 1;
        }
        return slot;
    }

    /** Whether a segment with this many ids in this many slots must grow (more than 3/4 full). */
    static boolean full(int size, int capacity) {
        return size * 4L > capacity * 3L;
    }

    /** The slots of a segment after it grows. */
    static int grown(int capacity) {
        return capacity + capacity / 2;
    }
}
