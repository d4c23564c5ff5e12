package org.jisr.validation.internal.model;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * Turns the property path of a constraint violation into a JSON Pointer (RFC 6901) relative to
 * the record. JSON names are the record components' names, so property names carry over; a list
 * index becomes {@code /i} and a map key {@code /key}. Container element nodes and bean nodes add
 * nothing of their own, and neither do the nodes Bean Validation or Jisr name in angle brackets
 * ({@code <map value>}, {@link #TEXTS}).
 */
final class JsonPointers {

    /** The name of the node of a map's value, as Hibernate Validator names it. */
    static final String MAP_VALUE = "<map value>";

    /**
     * The name of the node of a multilingual text's entries. In JSON a multilingual text is the map
     * of its texts itself, so the node holds only the list index when the text is in a list (the
     * goals of a project): {@code goals[1].<texts>[fr]} is {@code /goals/1/fr}.
     */
    static final String TEXTS = "<texts>";

    private JsonPointers() {
    }

    /**
     * Converts a property path.
     *
     * @param path the path, relative to the validated record
     * @return the JSON Pointer, {@code ""} for the record itself
     */
    static String of(Path path) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            // In Bean Validation a node's index or key places it in the container of the node before it.
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    pointer.append('/').append(node.getIndex());
                } else if (node.getKey() != null) {
                    pointer.append('/').append(escape(String.valueOf(node.getKey())));
                }
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null && !node.getName().startsWith("<")) {
                pointer.append('/').append(escape(node.getName()));
            }
        }
        return pointer.toString();
    }

    /** Escapes a JSON Pointer reference token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
