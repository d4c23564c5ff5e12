package org.jisr.validation.internal.rules;

/**
 * What {@link IdTable} and {@link IdIndex} share: open addressing over 64-bit id hashes
 * ({@link RecordIds#hash}, never 0, so 0 marks an empty slot) in {@value #SEGMENTS} segments
 * chosen by the hash's top bits, each with linear probing, at most seven eighths full, growing
 * by a quarter on its own (so between 70 % and 87.5 % full: 1.14 to 1.43 slots an id).
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
 * times in all. Not thread-safe.
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

    /** Whether a segment with this many ids in this many slots must grow (more than 7/8 full). */
    static boolean full(int size, int capacity) {
        return size * 8L > capacity * 7L;
    }

    /** The slots of a segment after it grows. */
    static int grown(int capacity) {
        return capacity + capacity / 4;
    }
}
