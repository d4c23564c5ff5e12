package org.jisr.adapter.tabular.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jisr.model.RecordType;
import org.jisr.text.TextMatching;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A parsed mapping file: its tables, columns and formats. Immutable.
 *
 * @param id       the mapping's id
 * @param language the language of the headers and labels written ({@code fr}, {@code ar}, {@code en})
 * @param formats  how values are written and read
 * @param tables   the tables, in order
 */
public record Mapping(String id, String language, Formats formats, List<Table> tables) {

    /** The kinds of value a column holds, and so how its cells are read and written. */
    public enum Type {
        /** Text as it is (a multilingual text's entry, a name). */
        TEXT,
        /** A code of a codelist, written as its label in the mapping's language. */
        CODE,
        /** Codes of a codelist, one per line (or separated by {@code ;}). */
        CODES,
        /** A reference to a record (its id or a URI). */
        REFERENCE,
        /** References, one per line (or separated by {@code ;}). */
        REFERENCES,
        /** A date. */
        DATE,
        /** A date, or a date-time with its offset. */
        TEMPORAL,
        /** A year ({@code 1999}) or a date. */
        YEAR_OR_DATE,
        /** A whole number. */
        INTEGER,
        /** A decimal number (an amount, with the decimal separator of the mapping). */
        DECIMAL,
        /** An amount in millimes, read as dinars (divided by 1000). */
        MILLIMES,
        /** Identifiers, one {@code scheme: value} per line. */
        IDENTIFIERS,
        /** A code made of digits (SIRET, SIREN, INSEE, municipality codes): leading zeros kept, float damage repaired. */
        DIGITS,
        /** Yes or no. */
        BOOLEAN,
        /**
         * A SIREN (9 digits) or SIRET (14 digits) number, read as an identifier object
         * {@code {"scheme": "fr-siren"|"fr-siret", "value": …}} at the column's path.
         */
        COMPANY_ID,
        /**
         * A period written as one cell, {@code 2018-01-01_2018-03-31}, {@code 01/01/2018 - 31/03/2018}
         * or one date, read as {@code {"start": …, "end": …}} at the column's path.
         */
        PERIOD,
        /** JSON. */
        JSON
    }

    /**
     * One column.
     *
     * @param key      its key, unique in the table (used by id templates)
     * @param headers  the headers it is recognised by, by language; the first of the mapping's language is written
     * @param path     the JSON Pointer of the value in the record (or in the linked record)
     * @param type     the kind of value
     * @param codelist the codelist of a {@link Type#CODE} or {@link Type#CODES} column
     * @param linked   the key of the linked record the value goes to, or {@code null} for the row's record
     * @param with     values set along with this column's, when it has one (by path)
     * @param values   a value map: cell text (matched loosely) → value written in the record
     * @param required whether the table needs this column
     * @param matchKeys the matching keys ({@code TextMatching.compactKey}) of its headers, key and path, with the
     *                 language of each ({@code *} for the key, the path and a header of any language): derived from
     *                 the other components by the constructor without it, so that it is computed once per mapping
     *                 parsed and lives (and dies) with the mapping, not in a cache of the reader
     */
    public record Column(String key, Map<String, List<String>> headers, String path, Type type,
            @Nullable String codelist, @Nullable String linked, Map<String, JsonNode> with, Map<String, String> values,
            boolean required, Map<String, String> matchKeys) {

        /** Keeps the keys unmodifiable: a column is shared by every reading with its mapping, across threads. */
        public Column {
            matchKeys = Map.copyOf(matchKeys);
        }

        /**
         * A column whose matching keys are derived from its headers, key and path.
         *
         * @param key      its key
         * @param headers  its headers by language
         * @param path     the JSON Pointer of its value
         * @param type     the kind of value
         * @param codelist the codelist of a code column
         * @param linked   the key of its linked record, or {@code null}
         * @param with     values set along with this column's
         * @param values   a value map
         * @param required whether the table needs this column
         */
        public Column(String key, Map<String, List<String>> headers, String path, Type type,
                @Nullable String codelist, @Nullable String linked, Map<String, JsonNode> with,
                Map<String, String> values, boolean required) {
            this(key, headers, path, type, codelist, linked, with, values, required, matchKeys(headers, key, path));
        }

        /** The first language a key is found in wins, in the order of the headers, then the key, then the path. */
        private static Map<String, String> matchKeys(Map<String, List<String>> headers, String key, String path) {
            Map<String, String> keys = new HashMap<>();
            for (Map.Entry<String, List<String>> hs : headers.entrySet()) {
                for (String h : hs.getValue()) {
                    keys.putIfAbsent(TextMatching.compactKey(h), hs.getKey());
                }
            }
            keys.putIfAbsent(TextMatching.compactKey(key), "*");
            keys.putIfAbsent(TextMatching.compactKey(path), "*");
            keys.remove("");
            return keys;
        }

        /**
         * The header written in a language: the first of that language, else of French, else any.
         *
         * @param language the language
         * @return the header
         */
        public String header(String language) {
            List<String> own = headers.get(language);
            if (own != null && !own.isEmpty()) {
                return own.get(0);
            }
            List<String> fr = headers.get("fr");
            if (fr != null && !fr.isEmpty()) {
                return fr.get(0);
            }
            return headers.values().stream().flatMap(List::stream).findFirst().orElse(key);
        }
    }

    /**
     * A record made from a row besides the row's own (the funder of a subsidy, its beneficiary),
     * written once per id.
     *
     * @param key        its key, named by the columns that fill it
     * @param recordType its record type
     * @param id         id templates, the first whose columns all have values wins
     * @param link       where its id goes in the row's record
     * @param constants  values it always has, by path
     */
    public record Linked(String key, RecordType recordType, List<String> id, List<String> link,
            Map<String, JsonNode> constants) {
    }

    /**
     * One table.
     *
     * @param key         its key
     * @param recordType  the record type of its rows, or {@code null} for the document table
     * @param names       the names of the sheet or CSV file it is recognised by, by language
     * @param columns     its columns
     * @param id          id templates for rows without an id column value ({@code {row}} is the row number)
     * @param constants   values every record of it has, by path
     * @param linked      the records made along with each row's
     * @param extensions  the extension namespace that collects the values of unknown columns, or
     *                    {@code null} to report unknown columns
     * @param rest        the column that holds, in JSON, what the other columns do not, or {@code null}
     */
    public record Table(String key, @Nullable RecordType recordType, Map<String, List<String>> names,
            List<Column> columns, List<String> id, Map<String, JsonNode> constants, List<Linked> linked,
            @Nullable String extensions, @Nullable Column rest) {

        /**
         * The name written in a language.
         *
         * @param language the language
         * @return the sheet or file name
         */
        public String name(String language) {
            List<String> own = names.get(language);
            if (own != null && !own.isEmpty()) {
                return own.get(0);
            }
            return names.values().stream().flatMap(List::stream).findFirst().orElse(key);
        }

        /**
         * Whether this is the table of the document's own data (id, title, language …).
         *
         * @return {@code true} for the document table
         */
        public boolean document() {
            return recordType == null;
        }

        /**
         * Finds a linked record by key.
         *
         * @param linkedKey the key
         * @return the linked record
         */
        public Optional<Linked> linked(String linkedKey) {
            return linked.stream().filter(l -> l.key().equals(linkedKey)).findFirst();
        }
    }

    /**
     * The table the records of a type are written to: the first that holds them.
     *
     * @param type the record type
     * @return the table
     */
    public Optional<Table> tableFor(RecordType type) {
        return tables.stream().filter(t -> t.recordType() == type).findFirst();
    }

    /**
     * The document table, when the mapping has one.
     *
     * @return the table
     */
    public Optional<Table> documentTable() {
        return tables.stream().filter(Table::document).findFirst();
    }
}
