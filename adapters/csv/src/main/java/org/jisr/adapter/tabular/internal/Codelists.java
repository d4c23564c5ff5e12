package org.jisr.adapter.tabular.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jisr.schema.SchemaCatalog;
import org.jisr.text.TextMatching;
import tools.jackson.databind.JsonNode;

/**
 * The codelists of the schema, with their labels in French, Arabic and English: a code is written
 * as its label in the mapping's language, and read from its code or any of its labels, matched
 * with {@link TextMatching}. Loaded once; thread-safe.
 */
public final class Codelists {

    /** One codelist. */
    public static final class Codelist {
        private final String id;
        private final Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        private final Map<String, String> byKey = new HashMap<>();
        private final Map<String, Boolean> labelUnique = new HashMap<>();

        Codelist(String id, JsonNode root) {
            this.id = id;
            for (JsonNode e : root.path("entries")) {
                String code = e.path("code").asString();
                Map<String, String> l = new LinkedHashMap<>();
                for (String lang : List.of("fr", "ar", "en")) {
                    String label = e.path("label").path(lang).asString("");
                    if (!label.isEmpty()) {
                        l.put(lang, label);
                    }
                }
                labels.put(code, l);
            }
            // Codes first, so that a label equal to another entry's code never hides that code.
            for (String code : labels.keySet()) {
                byKey.put(TextMatching.compactKey(code), code);
            }
            Map<String, Integer> counts = new HashMap<>();
            for (Map<String, String> l : labels.values()) {
                for (String label : l.values()) {
                    counts.merge(TextMatching.compactKey(label), 1, Integer::sum);
                }
            }
            for (Map.Entry<String, Map<String, String>> e : labels.entrySet()) {
                boolean unique = true;
                for (String label : e.getValue().values()) {
                    String k = TextMatching.compactKey(label);
                    String owner = byKey.get(k);
                    if (counts.get(k) > 1 || owner != null && !owner.equals(e.getKey())) {
                        unique = false;
                    } else {
                        byKey.putIfAbsent(k, e.getKey());
                    }
                }
                labelUnique.put(e.getKey(), unique);
            }
        }

        /**
         * Its id.
         *
         * @return the codelist id
         */
        public String id() {
            return id;
        }

        /**
         * The code a cell means: a code or a label, in any of the three languages.
         *
         * @param text the cell's text
         * @return the code
         */
        public Optional<String> code(String text) {
            return Optional.ofNullable(byKey.get(TextMatching.compactKey(text)));
        }

        /**
         * What a code is written as: its label in the language, when that label reads back as the
         * code; otherwise the code itself.
         *
         * @param code     the code
         * @param language the language
         * @return the text to write
         */
        public String write(String code, String language) {
            Map<String, String> l = labels.get(code);
            if (l == null || !labelUnique.getOrDefault(code, false)) {
                return code;
            }
            return l.getOrDefault(language, code);
        }

        /**
         * Every code with its label in a language, for templates.
         *
         * @param language the language
         * @return code → label
         */
        public Map<String, String> labels(String language) {
            Map<String, String> out = new LinkedHashMap<>();
            labels.forEach((code, l) -> out.put(code, l.getOrDefault(language, code)));
            return out;
        }
    }

    private static final Map<String, Codelist> LOADED = new ConcurrentHashMap<>();

    private Codelists() {
    }

    /**
     * Returns a codelist of the schema.
     *
     * @param id its id ({@code event-kinds})
     * @return the codelist
     */
    public static Codelist get(String id) {
        return LOADED.computeIfAbsent(id, k -> {
            try (InputStream in = SchemaCatalog.openCodelist(k)) {
                return new Codelist(k, Json.MAPPER.readTree(in));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the codelist " + k, e);
            }
        });
    }

    /**
     * Every codelist id.
     *
     * @return the ids
     */
    public static List<String> ids() {
        return new ArrayList<>(SchemaCatalog.codelistIds());
    }
}
