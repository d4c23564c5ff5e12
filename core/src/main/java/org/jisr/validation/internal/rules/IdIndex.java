package org.jisr.validation.internal.rules;

/**
 * Numbers record ids in the order they are first seen, by their 64-bit hash
 * ({@link RecordIds#hash}): open addressing over two flat arrays, at most three quarters full,
 * 12 bytes a slot. Rules that keep a few primitives per record keep them in arrays of their own,
 * indexed by this number, instead of an object per record. Not thread-safe: one validation.
 */
final class IdIndex {

    private long[] keys = new long[64];
    /** 1 + the number of the id in each used slot. */
    private int[] numbers = new int[64];
    private int size;

    /** The number of ids added. */
    int size() {
        return size;
    }

    /** The number of an id hash, or -1 if it was never added. */
    int get(long key) {
        int slot = find(key);
        return keys[slot] == key ? numbers[slot] - 1 : -1;
    }

    /** Adds an id hash and returns its number ({@link #size()} before the call), or -1 if it was added before. */
    int add(long key) {
        int slot = find(key);
        if (keys[slot] == key) {
            return -1;
        }
        int number = size++;
        keys[slot] = key;
        numbers[slot] = number + 1;
        if ((long) size * 4 > (long) keys.length * 3) {
            grow();
        }
        return number;
    }

    private int find(long key) {
        int n = keys.length;
        int slot = (int) Long.remainderUnsigned(key, n);
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = slot + 1 == n ? 0 : slot + 1;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldNumbers = numbers;
        keys = new long[oldKeys.length + oldKeys.length / 2];
        numbers = new int[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = find(oldKeys[i]);
                keys[slot] = oldKeys[i];
                numbers[slot] = oldNumbers[i];
            }
        }
    }
}
