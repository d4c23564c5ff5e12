package org.jisr.runtime.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jisr.json.JisrJson;
import org.jisr.model.JisrRecord;
import org.jisr.model.RecordType;
import org.jisr.spi.Limitation;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Finds the values of a record that a target adapter's declared limitations cover, by walking
 * the record's canonical JSON: every value present, at its JSON Pointer. A covered object or
 * array is reported once, not value by value. So a conversion reports what the target cannot
 * carry even when the adapter forgets to. Immutable and thread-safe.
 */
final class LimitationCheck {

    private static final JisrJson JSON = JisrJson.create();
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final Map<RecordType, List<Limitation>> byType = new EnumMap<>(RecordType.class);

    LimitationCheck(List<Limitation> limitations) {
        for (RecordType type : RecordType.values()) {
            List<Limitation> relevant = new ArrayList<>();
            for (Limitation l : limitations) {
                if (l.recordType() == null || l.recordType() == type) {
                    relevant.add(l);
                }
            }
            byType.put(type, List.copyOf(relevant));
        }
    }

    /**
     * Returns the JSON Pointers of the record's values that the limitations cover.
     *
     * @param record the record
     * @return the pointers, in the record's canonical order; {@code ""} alone when the whole
     *         record is covered
     */
    List<String> covered(JisrRecord record) {
        List<Limitation> limitations = byType.get(record.type());
        if (limitations.isEmpty()) {
            return List.of();
        }
        List<String> pointers = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), JSON.toJsonLine(record))) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (!t.isScalarValue() && !t.isStructStart()) {
                    continue;
                }
                String pointer = p.streamReadContext().pathAsPointer().toString();
                if (covers(limitations, record.type(), pointer)) {
                    pointers.add(pointer);
                    if (t.isStructStart()) {
                        p.skipChildren();
                    }
                }
            }
        }
        return pointers;
    }

    private static boolean covers(List<Limitation> limitations, RecordType type, String pointer) {
        for (Limitation l : limitations) {
            if (l.covers(type, pointer)) {
                return true;
            }
        }
        return false;
    }
}
