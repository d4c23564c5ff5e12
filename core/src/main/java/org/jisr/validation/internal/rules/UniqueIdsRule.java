package org.jisr.validation.internal.rules;

import java.util.List;
import java.util.Map;
import org.jisr.model.JisrRecord;
import org.jisr.validation.FindingType;
import org.jisr.validation.Layer;
import org.jisr.validation.Rule;
import org.jisr.validation.RuleContext;
import org.jisr.validation.Severity;

/**
 * Rule {@code unique-ids}: no two records of a document (or stream) have the same id. The schema
 * checks each id's shape but cannot compare records with each other.
 *
 * <p>Memory: a hash of each id with the line and index of its first record, in flat arrays shared
 * with {@code references-resolve} (see {@link RecordIds}: about 14 to 17 bytes a record in a
 * record stream, 22 to 25 in a document). Stateless
 * and thread-safe.
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
        RecordIds ids = RecordIds.of(context);
        long first = ids.observe(record, context);
        if (first != 0) {
            String id = record.id();
            context.report(DUPLICATE_ID, "/id", Map.of("id", id, "firstLine", String.valueOf(ids.line(id, first)),
                    "firstPointer", ids.pointer(id, first)));
        }
    }
}
