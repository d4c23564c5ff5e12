package org.jisr.validation.internal.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jisr.model.JisrRecord;
import org.jisr.validation.FindingType;
import org.jisr.validation.Layer;
import org.jisr.validation.Location;
import org.jisr.validation.Rule;
import org.jisr.validation.RuleContext;
import org.jisr.validation.Severity;

/**
 * Rule {@code unique-ids}: no two records of a document (or stream) have the same id. The schema
 * checks each id's shape but cannot compare records with each other.
 *
 * <p>Memory: one entry (id and location) per record; the lightest state that lets the finding say
 * where the first record is. Stateless and thread-safe.
 */
public final class UniqueIdsRule implements Rule {

    /**
     * A record has the id of an earlier record; reported on the later one's {@code /id}, with the
     * line and JSON Pointer of the first (in a record stream each record is a line, so its
     * pointer is {@code ""}). An error: references to that id are ambiguous, and a reader that
     * keys records by id loses one of them.
     */
    public static final FindingType DUPLICATE_ID = FindingType.jisr("rule.duplicate-id", Layer.RULE,
            Severity.ERROR, "id", "firstLine", "firstPointer");

    /** Per-validation state: where each id was first seen. */
    private static final class Seen {
        final Map<String, Location> first = new HashMap<>();
    }

    /** Creates the rule; {@code ServiceLoader} calls this. */
    public UniqueIdsRule() {
    }

    @Override
    public String id() {
        return "unique-ids";
    }

    @Override
    public List<FindingType> findingTypes() {
        return List.of(DUPLICATE_ID);
    }

    @Override
    public void onRecord(JisrRecord record, RuleContext context) {
        Seen seen = context.state(Seen.class, Seen::new);
        Location first = seen.first.get(record.id());
        if (first == null) {
            seen.first.put(record.id(), context.locate(""));
        } else {
            context.report(DUPLICATE_ID, "/id", Map.of("id", record.id(), "firstLine", String.valueOf(first.line()),
                    "firstPointer", first.pointer()));
        }
    }
}
