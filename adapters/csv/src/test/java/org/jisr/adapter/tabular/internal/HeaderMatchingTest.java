package org.jisr.adapter.tabular.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.jisr.adapter.csv.CsvTnAdapter;
import org.jisr.model.ExchangeDocument;
import org.jisr.model.LocalAuthority;
import org.jisr.spi.AdapterInput;
import org.jisr.testkit.tck.AdapterRuns;
import org.jisr.testkit.tck.RecordingContext;
import org.jisr.text.TextMatching;
import org.jisr.validation.ReadLimits;
import org.junit.jupiter.api.Test;

/**
 * How header cells are matched to a mapping's columns: the keys of a column live on the parsed
 * mapping (no cache of the reader grows with each mapping read), and a header among many cells
 * is still found.
 */
class HeaderMatchingTest {

    /** A user mapping, as the {@code mapping} option gives one: parsed anew for each reading. */
    private static final String MAPPING = """
            {"jisrMapping": "1.0", "id": "test-municipalities", "language": "fr",
             "tables": [{"key": "municipalities", "record": "LocalAuthority",
               "names": {"fr": ["Communes"]},
               "id": ["tn-commune-{row}"],
               "constants": {"/kind": "commune", "/country": "TN"},
               "columns": [
                 {"key": "nameFr", "path": "/name/fr", "headers": {"fr": ["Commune", "Nom"], "ar": ["البلدية"]}},
                 {"key": "nameAr", "path": "/name/ar", "headers": {"fr": ["Nom arabe"], "en": ["name_ar"]}}]}]}
            """;

    private static Mapping parse() {
        return MappingParser.parse(new ByteArrayInputStream(MAPPING.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    @Test
    void a_parsed_column_carries_the_keys_it_is_matched_by_with_their_language() {
        Mapping.Column nameFr = parse().tables().get(0).columns().get(0);

        assertThat(nameFr.matchKeys())
                .containsEntry(TextMatching.compactKey("Commune"), "fr")
                .containsEntry(TextMatching.compactKey("Nom"), "fr")
                .containsEntry(TextMatching.compactKey("البلدية"), "ar")
                .containsEntry(TextMatching.compactKey("nameFr"), "*")
                .containsEntry(TextMatching.compactKey("/name/fr"), "*")
                .hasSize(4); // the path /name/fr and the key nameFr have the same key
        assertThat(TableReading.language(nameFr, TableReading.headerKeys("البلدية / Commune"))).isEqualTo("ar");
        assertThat(TableReading.language(nameFr, TableReading.headerKeys("Gouvernorat"))).isNull();
    }

    @Test
    void reading_holds_no_static_collection_that_every_mapping_read_would_grow() throws IllegalAccessException {
        for (int i = 0; i < 50; i++) {
            Mapping fresh = parse();
            TableReading reading = new TableReading(fresh, new RecordingContext());
            TableReading.SheetReader sheet = reading.sheet(new Grid.Where("communes.csv", null), rows(
                    new Grid.Row(1, List.of(cell(0, "Commune"), cell(1, "Nom arabe"))),
                    new Grid.Row(2, List.of(cell(0, "Sousse"), cell(1, "سوسة")))));
            assertThat(sheet.next()).isPresent();
        }
        // The leak was a static identity map from column to keys, filled by each reading with a fresh mapping.
        for (Class<?> type : List.of(TableReading.class, HeaderScore.class, Mapping.class)) {
            for (Field f : type.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())
                        && (Map.class.isAssignableFrom(f.getType()) || Collection.class.isAssignableFrom(f.getType()))) {
                    f.setAccessible(true);
                    Object value = f.get(null);
                    assertThat(value instanceof Map<?, ?> m ? m.size() : ((Collection<?>) value).size())
                            .as("static %s.%s", type.getSimpleName(), f.getName()).isLessThan(50);
                }
            }
        }
    }

    @Test
    void a_header_among_thousands_of_unknown_cells_is_found_and_each_unknown_cell_said() {
        StringJoiner header = new StringJoiner(";");
        StringJoiner row = new StringJoiner(";");
        for (int i = 0; i < 3_000; i++) {
            header.add("Colonne " + i + " / x");
            row.add("");
        }
        header.add("Nom arabe").add("Commune");
        row.add("سوسة").add("Sousse");
        RecordingContext context = new RecordingContext(ReadLimits.DEFAULTS,
                Map.of("mapping", write(MAPPING)));

        ExchangeDocument doc = AdapterRuns.read(new CsvTnAdapter(),
                AdapterInput.of("communes.csv", (header + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8)), context);

        LocalAuthority commune = doc.recordsOf(LocalAuthority.class).findFirst().orElseThrow();
        assertThat(commune.name().texts()).containsEntry("fr", "Sousse").containsEntry("ar", "سوسة");
        assertThat(context.findings().stream().filter(f -> f.code().equals("adapter.spreadsheet-unknown-column")))
                .hasSize(3_000);
    }

    private static String write(String mapping) {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("mapping", ".json");
            file.toFile().deleteOnExit();
            java.nio.file.Files.writeString(file, mapping);
            return file.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Grid.Cell cell(int column, String text) {
        return new Grid.Cell(column, text, 1, column + 1);
    }

    private static Grid.RowSource rows(Grid.Row... rows) {
        java.util.Iterator<Grid.Row> it = Arrays.asList(rows).iterator();
        return () -> it.hasNext() ? java.util.Optional.of(it.next()) : java.util.Optional.empty();
    }
}
