package org.jisr.validation.internal.rules;

/**
 * A map from 64-bit id hashes to non-zero {@code long} values ({@link IdSlots}: 64 segments of two
 * {@code long} arrays, 16 bytes a slot, at most three quarters full). Ids are only added, never
 * removed or replaced. Not thread-safe: one validation.
 */
final class IdTable {

    private final long[][] keys = new long[IdSlots.SEGMENTS][];
    private final long[][] values = new long[IdSlots.SEGMENTS][];
    private final int[] sizes = new int[IdSlots.SEGMENTS];
    private int size;

    IdTable() {
        for (int s = 0; s < IdSlots.SEGMENTS; s++) {
            keys[s] = new long[IdSlots.INITIAL];
            values[s] = new long[IdSlots.INITIAL];
        }
    }

    /** The number of ids added. */
    int size() {
        return size;
    }

    /** The value of an id hash, or 0 if it was never added. */
    long get(long key) {
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
    long putIfAbsent(long key, long value) {
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
        long[] oldValues = values[s];
        long[] k = new long[IdSlots.grown(oldKeys.length)];
        long[] v = new long[k.length];
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
