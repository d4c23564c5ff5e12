package org.jisr.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A JSON value held by the model without interpretation: the content of {@link Extensions}.
 * Jisr's own JSON type, so that no parser library appears in the model's signatures.
 *
 * <p>Objects keep their members sorted by name (canonical order); numbers are exact decimals.
 *
 * @since 0.1
 */
public sealed interface JsonValue {

    /**
     * A JSON object.
     *
     * @param members the members by name; copied into an unmodifiable sorted map
     */
    record ObjectValue(SortedMap<String, JsonValue> members) implements JsonValue {
        /** Creates an object. */
        public ObjectValue {
            Checks.required(members, "members");
            TreeMap<String, JsonValue> copy = new TreeMap<>();
            for (Map.Entry<String, JsonValue> e : members.entrySet()) {
                copy.put(Checks.required(e.getKey(), "member name"), Checks.required(e.getValue(), "member value"));
            }
            members = Collections.unmodifiableSortedMap(copy);
        }

        /**
         * Creates an object from a map.
         *
         * @param members the members
         * @return the object
         */
        public static ObjectValue of(Map<String, JsonValue> members) {
            return new ObjectValue(new TreeMap<>(members));
        }
    }

    /**
     * A JSON array.
     *
     * @param elements the elements, in order
     */
    record ArrayValue(List<JsonValue> elements) implements JsonValue {
        /** Creates an array. */
        public ArrayValue {
            elements = List.copyOf(Checks.required(elements, "elements"));
        }
    }

    /**
     * A JSON string.
     *
     * @param value the string
     */
    record StringValue(String value) implements JsonValue {
        /** Creates a string. */
        public StringValue {
            Checks.required(value, "value");
        }
    }

    /**
     * A JSON number, as an exact decimal. A negative scale is normalised ({@code 1E+3} is held as
     * {@code 1000}), so that the number reads back equal after writing.
     *
     * @param value the number
     */
    record NumberValue(BigDecimal value) implements JsonValue {
        /** Creates a number. */
        public NumberValue {
            Checks.required(value, "value");
            if (value.scale() < 0) {
                value = value.setScale(0);
            }
        }
    }

    /**
     * A JSON boolean.
     *
     * @param value the boolean
     */
    record BooleanValue(boolean value) implements JsonValue {
    }

    /** The JSON {@code null}. */
    record NullValue() implements JsonValue {
        /** The only instance needed. */
        public static final NullValue INSTANCE = new NullValue();
    }
}
