package org.jisr.validation.internal.rules;

/**
 * Numbers record ids in the order they are first seen, by their 64-bit hash
 * ({@link RecordIds#hash}), in an {@link IdTable}: about 14 to 17 bytes an id, and growing needs
 * a 64th of the table more while a segment grows. Rules that keep a few primitives per record keep
 * them in arrays of their own, indexed by this number, instead of an object per record. Not
 * thread-safe: one validation.
 */
final class IdIndex {

    /** 1 + the number of each id. */
    private final IdTable numbers = new IdTable();

    /** The number of ids added. */
    int size() {
        return numbers.size();
    }

    /** The number of an id hash, or -1 if it was never added. */
    int get(long key) {
        return numbers.get(key) - 1;
    }

    /** Adds an id hash and returns its number ({@link #size()} before the call), or -1 if it was added before. */
    int add(long key) {
        int number = numbers.size();
        return numbers.putIfAbsent(key, number + 1) == 0 ? number : -1;
    }

    /** The slots of the table (for tests and for the figures in docs/performance.md). */
    long capacity() {
        return numbers.capacity();
    }
}
