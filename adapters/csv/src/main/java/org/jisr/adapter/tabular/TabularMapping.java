package org.jisr.adapter.tabular;

import java.util.function.Supplier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jisr.adapter.tabular.internal.Mapping;
import org.jisr.adapter.tabular.internal.MappingAccess;
import org.jisr.adapter.tabular.internal.MappingParser;
import org.jisr.core.JisrIOException;

/**
 * A mapping between Jisr's records and the tables of a spreadsheet: which table (a CSV file, a
 * sheet) holds which record type, which column holds which value of a record (by JSON Pointer),
 * the headers each column is recognised by in French, Arabic and English, how values are written
 * (dates, decimal separator, yes/no) and what is made of a row (linked records, constants,
 * extensions). It is data: a JSON file whose format {@code docs/adapters/spreadsheets.md}
 * describes, so that users map their own spreadsheets without code.
 *
 * <p>The four profiles use the built-in mappings {@link #FRENCH} ({@code csv-fr}, {@code xlsx-fr})
 * and {@link #TUNISIAN} ({@code csv-tn}, {@code xlsx-tn}); an adapter given the option
 * {@code mapping} = a file path reads and writes with that file instead.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class TabularMapping {

    /** The id of the built-in French mapping: French headers, {@code dd/MM/yyyy}, decimal comma, Oui/Non. */
    public static final String FRENCH = "jisr-fr";
    /**
     * The id of the built-in Tunisian mapping: Arabic headers (French and bilingual headers
     * accepted), {@code dd/MM/yyyy} or Tunisian month names, Arabic-Indic digits accepted, decimal
     * comma, نعم/لا.
     */
    public static final String TUNISIAN = "jisr-tn";

    static {
        MappingAccess.register(m -> m.mapping.get(), TabularMapping::new);
    }

    /** The mapping; a built-in one is parsed on first use, not when an adapter is created. */
    private final Supplier<Mapping> mapping;

    private TabularMapping(Mapping mapping) {
        this.mapping = () -> mapping;
    }

    private TabularMapping(Supplier<Mapping> mapping) {
        this.mapping = mapping;
    }

    /**
     * Returns a built-in mapping.
     *
     * @param id {@link #FRENCH} or {@link #TUNISIAN}
     * @return the mapping
     * @throws IllegalArgumentException for another id
     */
    public static TabularMapping builtIn(String id) {
        MappingParser.requireBuiltIn(id);
        // Every command discovers the spreadsheet adapters; only one that reads or writes a
        // spreadsheet needs their mapping (the parser keeps it once parsed).
        return new TabularMapping(() -> MappingParser.builtIn(id));
    }

    /**
     * Reads a mapping file.
     *
     * @param file the JSON file
     * @return the mapping
     * @throws MappingException when the file is not a valid mapping
     * @throws JisrIOException  when it cannot be read
     */
    public static TabularMapping read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new JisrIOException("cannot read the mapping " + file, e);
        }
    }

    /**
     * Reads a mapping from a stream.
     *
     * @param in   the JSON bytes (UTF-8); not closed
     * @param name the name used in messages
     * @return the mapping
     * @throws MappingException when it is not a valid mapping
     */
    public static TabularMapping read(InputStream in, String name) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        return new TabularMapping(MappingParser.parse(in, name));
    }

    /**
     * Returns the mapping's id.
     *
     * @return the id ({@code jisr-fr}, {@code scdl-subventions} …)
     */
    public String id() {
        return mapping.get().id();
    }

    /**
     * Returns the language of the headers and labels it writes.
     *
     * @return {@code fr}, {@code ar} or {@code en}
     */
    public String language() {
        return mapping.get().language();
    }

    /**
     * Returns the keys of its tables, in order.
     *
     * @return the table keys
     */
    public List<String> tables() {
        return mapping.get().tables().stream().map(t -> t.key()).toList();
    }

    @Override
    public String toString() {
        return "TabularMapping[" + mapping.get().id() + "]";
    }
}
