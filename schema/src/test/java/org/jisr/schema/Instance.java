package org.jisr.schema;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** An immutable JSON test instance, varied one change at a time from a valid base. */
final class Instance {

    private final JsonNode json;

    private Instance(JsonNode json) {
        this.json = json;
    }

    static Instance of(String json) {
        return new Instance(SchemaFixtures.read(json));
    }

    JsonNode json() {
        return json;
    }

    /** A copy with the member or array element at {@code pointer} set to the JSON {@code value}. */
    Instance with(String pointer, String value) {
        JsonNode copy = json.deepCopy();
        JsonPointer path = JsonPointer.compile(pointer);
        JsonNode parent = copy.at(path.head());
        JsonNode parsed = SchemaFixtures.read(value);
        if (parent instanceof ObjectNode) {
            ((ObjectNode) parent).set(path.last().getMatchingProperty(), parsed);
        } else if (parent instanceof ArrayNode) {
            ((ArrayNode) parent).set(path.last().getMatchingIndex(), parsed);
        } else {
            throw new IllegalArgumentException("No object or array at " + path.head() + " in " + json);
        }
        return new Instance(copy);
    }

    /** A copy without the member at {@code pointer}. */
    Instance without(String pointer) {
        JsonNode copy = json.deepCopy();
        JsonPointer path = JsonPointer.compile(pointer);
        JsonNode parent = copy.at(path.head());
        if (!(parent instanceof ObjectNode) || !parent.has(path.last().getMatchingProperty())) {
            throw new IllegalArgumentException("No member " + pointer + " in " + json);
        }
        ((ObjectNode) parent).remove(path.last().getMatchingProperty());
        return new Instance(copy);
    }

    @Override
    public String toString() {
        return json.toString();
    }
}
