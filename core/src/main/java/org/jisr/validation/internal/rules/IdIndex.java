package org.jisr.validation.internal.rules;

/**
 * Numbers record ids in the order they are first seen, by their 64-bit hash
 * ({@link RecordIds#hash}): {@link IdSlots}' 64 segments of a {@code long} and an {@code int}
 * array, 12 bytes a slot, at most three quarters full, so 16 to 24 bytes an id (a segment grows by
 * half on its own, needing a 64th of the table more while it does). Rules that keep a few
 * primitives per record keep them in arrays of their own, indexed by this number, instead of an
 * object per record. Not thread-safe: one validation.
 */
final class IdIndex {

    private final long[][] keys = new long[IdSlots.SEGMENTS][];
    /** 1 + the number of the id in each used slot. */
    private final int[][] numbers = new int[IdSlots.SEGMENTS][];
    private final int[] sizes = new int[IdSlots.SEGMENTS];
    private int size;

    IdIndex() {
        for (int s = 0; s < IdSlots.SEGMENTS; s++) {
            keys[s] = new long[IdSlots.INITIAL];
            numbers[s] = new int[IdSlots.INITIAL];
        }
    }

    /** The number of ids added. */
    int size() {
        return size;
    }

    /** The number of an id hash, or -1 if it was never added. */
    int get(long key) {
        int s = IdSlots.segment(key);
        long[] k = keys[s];
        int slot = IdSlots.find(k, key);
        return k[slot] == key ? numbers[s][slot] - 1 : -1;
    }

    /** Adds an id hash and returns its number ({@link #size()} before the call), or -1 if it was added before. */
    int add(long key) {
        if (key == 0) {
            throw new IllegalArgumentException("0 is no id hash");
        }
        int s = IdSlots.segment(key);
        long[] k = keys[s];
        int slot = IdSlots.find(k, key);
        if (k[slot] == key) {
            return -1;
        }
        int number = size++;
        k[slot] = key;
        numbers[s][slot] = number + 1;
        if (IdSlots.full(++sizes[s], k.length)) {
            grow(s);
        }
        return number;
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
        int[] oldNumbers = numbers[s];
        long[] k = new long[IdSlots.grown(oldKeys.length)];
        int[] n = new int[k.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = IdSlots.find(k, oldKeys[i]);
                k[slot] = oldKeys[i];
                n[slot] = oldNumbers[i];
            }
        }
        keys[s] = k;
        numbers[s] = n;
    }
}
