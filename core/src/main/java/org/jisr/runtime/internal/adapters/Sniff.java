package org.jisr.runtime.internal.adapters;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jisr.spi.AdapterInput;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * What the first bytes of an input look like as JSON: whether it starts with an object, the names
 * of that object's members that the bytes reach, its {@code type}, and whether it ends on the
 * first line. The bytes may stop anywhere: the scan stops there too.
 *
 * @param empty       the bytes are only white space (or nothing)
 * @param object      the first value starts with <code>{</code>
 * @param names       the member names of the first object seen in the bytes
 * @param type        the value of its {@code type} member, when it is a string within the bytes
 * @param closed      the first object ends within the bytes
 * @param closedLine  the 1-based line where it ends, 0 when it does not end within the bytes
 */
record Sniff(boolean empty, boolean object, Set<String> names, @Nullable String type, boolean closed,
        int closedLine) {

    /** How many bytes detection looks at. */
    static final int PEEK = 8192;

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    static Sniff of(AdapterInput input) {
        return of(input.peek(PEEK));
    }

    static Sniff of(byte[] bytes) {
        int i = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r')) {
            i++;
        }
        if (i == bytes.length) {
            return new Sniff(true, false, Set.of(), null, false, 0);
        }
        if (bytes[i] != '{') {
            return new Sniff(false, false, Set.of(), null, false, 0);
        }
        Set<String> names = new LinkedHashSet<>();
        String type = null;
        boolean closed = false;
        int closedLine = 0;
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), bytes, i, bytes.length - i)) {
            p.nextToken();
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    names.add(name);
                    JsonToken value = p.nextToken();
                    if (value == JsonToken.VALUE_STRING && name.equals("type") && type == null) {
                        type = p.getString();
                    } else if (value != null && value.isStructStart()) {
                        p.skipChildren();
                    }
                } else if (t == JsonToken.END_OBJECT) {
                    closed = true;
                    closedLine = p.currentLocation().getLineNr();
                    break;
                }
            }
        } catch (JacksonException e) {
            // The bytes stop in the middle of a value, or are not JSON: what was seen is the answer.
        }
        return new Sniff(false, true, Set.copyOf(names), type, closed, closedLine);
    }
}
