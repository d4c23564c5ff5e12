package org.jisr.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jisr.adapter.csv.internal.CsvRows;
import org.jisr.adapter.tabular.internal.Grid;
import org.jisr.json.JisrJson;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.ExchangeDocument;
import org.jisr.model.JisrRecord;
import org.jisr.model.MultilingualText;
import org.jisr.model.Organization;
import org.jisr.model.OrganizationKind;
import org.jisr.spi.Adapter;
import org.jisr.spi.AdapterInput;
import org.jisr.testkit.tck.RecordingContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The naughty strings (BLNS) round-trip unchanged through the CSV profiles, and none of them starts
 * a cell of the written file with a character that makes a spreadsheet run it as a formula.
 */
class FormulaInjectionTest {

    static final Pattern FORMULA_START = Pattern.compile("[=+\\-@\\t\\r].*", Pattern.DOTALL);

    /** The naughty strings that can be a name: not empty. */
    static List<String> naughtyStrings() {
        JsonNode all = JsonMapper.builder().build().readTree(Bundles.resource("/naughty/blns.json"));
        List<String> strings = new ArrayList<>();
        for (JsonNode s : all) {
            if (!s.asString().isEmpty()) {
                strings.add(s.asString());
            }
        }
        return strings;
    }

    /** One organisation per naughty string, which is its French name, its English name and its acronym. */
    static ExchangeDocument naughtyDocument() {
        List<JisrRecord> records = new ArrayList<>();
        List<String> strings = naughtyStrings();
        for (int i = 0; i < strings.size(); i++) {
            String s = strings.get(i);
            records.add(Organization.builder("org-naughty-" + i).name(MultilingualText.of("fr", s, "en", s))
                    .kind(OrganizationKind.OTHER).acronym(s).build());
        }
        return new ExchangeDocument(DocumentMetadata.EMPTY, records);
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv-fr", "csv-tn"})
    void naughty_strings_round_trip_unchanged_and_never_start_a_cell(String id) throws Exception {
        Adapter adapter = id.equals("csv-fr") ? new CsvFrAdapter() : new CsvTnAdapter();
        ExchangeDocument naughty = naughtyDocument();
        assertThat(naughty.records()).hasSizeGreaterThan(450);
        assertThat(naughtyStrings()).anyMatch(s -> FORMULA_START.matcher(s).matches());

        byte[] zip = Bundles.write(adapter, naughty, "naughty.zip", new RecordingContext());
        RecordingContext reading = new RecordingContext();
        ExchangeDocument back = Bundles.read(adapter, AdapterInput.of("naughty.zip", zip), reading);

        assertThat(reading.errors()).isEmpty();
        JisrJson json = JisrJson.create();
        assertThat(back.records()).hasSameSizeAs(naughty.records());
        for (int i = 0; i < naughty.records().size(); i++) {
            assertThat(json.toJsonLine(back.records().get(i))).isEqualTo(json.toJsonLine(naughty.records().get(i)));
        }

        int cells = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                Grid.Where where = new Grid.Where("naughty.zip", e.getName());
                CsvRows rows = CsvRows.open(new ByteArrayInputStream(in.readAllBytes()), new RecordingContext(), where);
                Optional<Grid.Row> row;
                while ((row = rows.next()).isPresent()) {
                    for (Grid.Cell cell : row.get().cells()) {
                        cells++;
                        assertThat(FORMULA_START.matcher(cell.text()).matches())
                                .as("%s!%s starts like a formula: %s", e.getName(), cell.column(), cell.text()).isFalse();
                    }
                }
            }
        }
        assertThat(cells).isGreaterThan(naughty.records().size() * 3);
    }
}
