package org.jisr.model;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Data that the model does not know, carried unchanged under a namespace: {@code "extensions":
 * {"fr.paris.erp": {"dossier": "2024-117"}}}. A namespace is reverse-DNS or kebab-case
 * ({@code ^[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*$}); its value is any JSON object. Extensions are how
 * Jisr keeps its promise that nothing is lost.
 *
 * @param namespaces the extension objects by namespace; copied into an unmodifiable sorted map
 * @since 0.1
 */
public record Extensions(SortedMap<String, JsonValue.ObjectValue> namespaces) {

    /** No extensions. */
    public static final Extensions NONE = new Extensions(new TreeMap<>());

    private static final Pattern NAMESPACE = Pattern.compile("[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*");

    /**
     * Creates extensions.
     *
     * @throws IllegalArgumentException when a namespace is not well-formed
     */
    public Extensions {
        Checks.required(namespaces, "namespaces");
        TreeMap<String, JsonValue.ObjectValue> copy = new TreeMap<>();
        for (Map.Entry<String, JsonValue.ObjectValue> e : namespaces.entrySet()) {
            String ns = Checks.required(e.getKey(), "namespace");
            if (!NAMESPACE.matcher(ns).matches()) {
                throw new IllegalArgumentException("not a well-formed extension namespace: " + ns);
            }
            copy.put(ns, Checks.required(e.getValue(), "extension of " + ns));
        }
        namespaces = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * Creates extensions from a map.
     *
     * @param namespaces the extension objects by namespace
     * @return the extensions
     */
    public static Extensions of(Map<String, JsonValue.ObjectValue> namespaces) {
        return namespaces.isEmpty() ? NONE : new Extensions(new TreeMap<>(namespaces));
    }

    /**
     * Returns the extension object of a namespace.
     *
     * @param namespace the namespace
     * @return the object, or empty
     */
    public Optional<JsonValue.ObjectValue> get(String namespace) {
        return Optional.ofNullable(namespaces.get(namespace));
    }

    /**
     * Tells whether there is no extension.
     *
     * @return {@code true} when empty
     */
    public boolean isEmpty() {
        return namespaces.isEmpty();
    }
}
