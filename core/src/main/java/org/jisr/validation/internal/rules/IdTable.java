package org.jisr.validation.internal.rules;

/**
 * A map from 64-bit id hashes to non-zero {@code int} values ({@link IdSlots}: 64 segments of a
 * {@code long} and an {@code int} array, 12 bytes a slot, 1.14 to 1.43 slots an id: about 14 to 17
 * bytes an id). Ids are only added, never removed or replaced. Not thread-safe: one validation.
 */
final class IdTable {

    private final long[][] keys = new long[IdSlots.SEGMENTS][];
    private final int[][] values = new int[IdSlots.SEGMENTS][];
    private final int[] sizes = new int[IdSlots.SEGMENTS];
    private int size;

    IdTable() {
        for (int s = 0; s < IdSlots.SEGMENTS; s++) {
            keys[s] = new long[IdSlots.INITIAL];
            values[s] = new int[IdSlots.INITIAL];
        }
    }

    /** The number of ids added. */
    int size() {
        return size;
    }

    /** The value of an id hash, or 0 if it was never added. */
    int get(long key) {
        int s = IdSlots.segment(key);
        long[] k = keys[s];
        int slot = IdSlots.find(k, key);
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
        int s = IdSlots.segment(key);
        long[] k = keys[s];
        int slot = IdSlots.find(k, key);
        if (k[slot] == key) {
            return values[s][slot];
        }
        k[slot] = key;
        values[s][slot] = value;
        size++;
        if (IdSlots.full(++sizes[s], k.length)) {
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
        long[] k = new long[IdSlots.grown(oldKeys.length)];
        int[] v = new int[k.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = IdSlots.find(k, oldKeys[i]);
                k[slot] = oldKeys[i];
                v[slot] = oldValues[i];
            }
        }
        keys[s] = k;
        values[s] = v;
    }
}
