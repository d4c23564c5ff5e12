package org.jisr.validation.internal.rules;

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
 * <p>Memory is flat per record: an id is kept as a 64-bit hash in an open-addressing table of
 * two {@code long} arrays, at most 3/4 full, growing by half: 16 bytes a slot, so about 21 to 32
 * bytes a record (32 MB for a million records at worst, 21 MB right after growing). The place of
 * the first record is kept as its line and, in a document, its index in {@code records}; a place
 * of another shape (a spreadsheet cell from an adapter) is kept as a {@link Location} beside the
 * table. The price of hashing: two different ids with the same 64-bit hash would be taken for one
 * (the chance is about n²/2⁶⁵: 3·10⁻⁸ for a million ids). Not thread-safe: one validation, one
 * thread.
 */
final class RecordIds {

    private static final int NO_INDEX = (1 << 26) - 1;
    private static final String RECORDS = "/records/";

    private final IdTable table = new IdTable();
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
        long found = table.get(key);
        if (found == 0) {
            long packed = pack(record.type(), at);
            if (packed == 0) {
                otherPlaces.put(key, at);
                packed = pack(record.type(), at.line(), NO_INDEX, 2);
            }
            table.putIfAbsent(key, packed);
        }
        last = record;
        lastAt = at;
        lastFirst = found;
        return found;
    }

    /** The type of the first record with an id, if any. */
    @Nullable RecordType typeOf(String id) {
        long found = table.get(hash(id));
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
