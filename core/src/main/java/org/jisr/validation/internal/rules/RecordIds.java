package org.jisr.validation.internal.rules;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jisr.model.JisrRecord;
import org.jisr.model.RecordType;
import org.jisr.validation.Location;
import org.jisr.validation.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * The ids of the records seen so far in one validation, with the type and the place of the first
 * record of each id, shared by {@link UniqueIdsRule} and {@link ReferencesResolveRule} (the engine
 * gives Jisr's own rules one state).
 *
 * <p>Memory is flat per record: an id is kept as a 64-bit hash in an {@link IdTable} (64
 * segments of open addressing, 12 bytes a slot, between 70 % and 7/8 full, each segment growing by
 * a quarter on its own) with an {@code int} for its first record: in a record stream, the record's
 * type and line; elsewhere an index into a list of {@code long}s (8 bytes more) holding its type,
 * line and, in a document, its index in {@code records}. So about 14 to 17 bytes a record in a
 * stream, 22 to 25 in a document (14.4 MB for the million ids of the benchmark's
 * stream, docs/performance.md), and growing needs only a 64th of the table more. A place of another
 * shape (a spreadsheet cell from an adapter) is also kept as a {@link Location} beside the
 * table. The price of hashing: two different ids with the same 64-bit hash would be taken for one
 * (the chance is about n²/2⁶⁵: 3·10⁻⁸ for a million ids). Not thread-safe: one validation, one
 * thread.
 */
final class RecordIds {

    private static final int NO_INDEX = (1 << 26) - 1;
    private static final String RECORDS = "/records/";

    /** Lines of a record stream below 2^28 with a type below 8, in the table itself. */
    private static final int LINE_BITS = 28;
    private static final int WIDE = 1 << 31;
    private static final int WIDE_CHUNK_BITS = 14;
    private static final int WIDE_CHUNK = 1 << WIDE_CHUNK_BITS;

    /** Each id's first place, compact or as 1 bit and the index of its packed value in {@link #wide}. */
    private final IdTable table = new IdTable();
    /** The packed values of the places that do not fit an int, in chunks of 128 KB. */
    private long[][] wide = new long[1][];
    private int wideSize;
    private final Map<Long, Location> otherPlaces = new HashMap<>();
    private @Nullable JisrRecord last;
    private @Nullable Location lastAt;
    private long lastFirst;

    /** The ids of the validation a rule context belongs to. */
    static RecordIds of(RuleContext context) {
        return context.state(RecordIds.class, RecordIds::new);
    }

    /**
     * Notes a record (once, however many rules call this for it) and returns what was known of its
     * id before it.
     *
     * @return 0 if its id is new, else the packed type and place of the first record with its id
     */
    long observe(JisrRecord record, RuleContext context) {
        Location at = context.locate("");
        // The same record at the same place: the second rule to look at it. (An application may
        // pass one record object twice; its second place tells the two apart.)
        if (record == last && at.equals(lastAt)) {
            return lastFirst;
        }
        long key = hash(record.id());
        long found = unpack(table.get(key));
        if (found == 0) {
            long packed = pack(record.type(), at);
            if (packed == 0) {
                otherPlaces.put(key, at);
                packed = pack(record.type(), at.line(), NO_INDEX, 2);
            }
            table.putIfAbsent(key, compact(packed));
        }
        last = record;
        lastAt = at;
        lastFirst = found;
        return found;
    }

    /** The type of the first record with an id, if any. */
    @Nullable RecordType typeOf(String id) {
        long found = unpack(table.get(hash(id)));
        return found != 0 ? type(found) : null;
    }

    /** The type in a packed value. */
    static RecordType type(long packed) {
        return RecordType.values()[(int) ((packed >>> 32) & 0xF) - 1];
    }

    /** The line in a packed value. */
    static int line(long packed) {
        return (int) packed;
    }

    /** The JSON Pointer of the first record, from a packed value. */
    String pointer(String id, long packed) {
        int kind = (int) ((packed >>> 36) & 0x3);
        return switch (kind) {
            case 0 -> "";
            case 1 -> RECORDS + (packed >>> 38);
            default -> otherPlaces.get(hash(id)).pointer();
        };
    }

    /** The line of the first record, from a packed value. */
    int line(String id, long packed) {
        int kind = (int) ((packed >>> 36) & 0x3);
        return kind == 2 ? otherPlaces.get(hash(id)).line() : (int) packed;
    }

    /**
     * The int the table keeps for a packed value: a stream's place (pointer "", a line below 2^28)
     * as the type and the line, anything else as {@link #WIDE} and the index of the packed value
     * in {@link #wide}. Never 0: the type is counted from 1.
     */
    private int compact(long packed) {
        int kind = (int) ((packed >>> 36) & 0x3);
        int line = (int) packed;
        long type = (packed >>> 32) & 0xF;
        if (kind == 0 && line >= 0 && line < (1 << LINE_BITS) && type < 8) {
            return (int) (type << LINE_BITS) | line;
        }
        int chunk = wideSize >>> WIDE_CHUNK_BITS;
        if (chunk == wide.length) {
            wide = Arrays.copyOf(wide, chunk * 2);
        }
        if (wide[chunk] == null) {
            wide[chunk] = new long[WIDE_CHUNK];
        }
        wide[chunk][wideSize & (WIDE_CHUNK - 1)] = packed;
        return WIDE | wideSize++;
    }

    /** The packed value of what {@link #compact} made, or 0 for 0. */
    private long unpack(int value) {
        if (value == 0) {
            return 0;
        }
        if ((value & WIDE) != 0) {
            int i = value & ~WIDE;
            return wide[i >>> WIDE_CHUNK_BITS][i & (WIDE_CHUNK - 1)];
        }
        return pack(RecordType.values()[(value >>> LINE_BITS) - 1], value & ((1 << LINE_BITS) - 1), 0, 0);
    }

    private static long pack(RecordType type, Location at) {
        if (at.sheet() != null || at.line() < 0) {
            return 0;
        }
        String pointer = at.pointer();
        if (pointer.isEmpty()) {
            return pack(type, at.line(), 0, 0);
        }
        if (pointer.startsWith(RECORDS) && pointer.length() > RECORDS.length() && pointer.length() <= RECORDS.length() + 7) {
            int index = 0;
            for (int i = RECORDS.length(); i < pointer.length(); i++) {
                char c = pointer.charAt(i);
                if (c < '0' || c > '9' || (i == RECORDS.length() && c == '0' && pointer.length() > i + 1)) {
                    return 0;
                }
                index = index * 10 + (c - '0');
            }
            if (index < NO_INDEX) {
                return pack(type, at.line(), index, 1);
            }
        }
        return 0;
    }

    private static long pack(RecordType type, int line, int index, int kind) {
        return (line & 0xFFFFFFFFL) | ((long) (type.ordinal() + 1) << 32) | ((long) kind << 36) | ((long) index << 38);
    }

    /** A 64-bit hash of an id (FNV-1a, then a finalizer that spreads the bits); never 0. */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
