package org.jisr.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jisr.json.JisrJson;
import org.jisr.model.Event;
import org.jisr.model.ExchangeDocument;
import org.jisr.runtime.Conversion;
import org.jisr.runtime.ConversionReport;
import org.jisr.spi.Adapter;
import org.jisr.spi.AdapterInput;
import org.jisr.testkit.tck.RecordingContext;
import org.jisr.validation.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The flagship example survives json → csv-fr / csv-tn → json, with nothing lost. */
class FlagshipRoundTripTest {

    private static Adapter adapter(String id) {
        return id.equals("csv-fr") ? new CsvFrAdapter() : new CsvTnAdapter();
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv-fr", "csv-tn"})
    void the_flagship_comes_back_the_same(String id) {
        ExchangeDocument flagship = Bundles.flagship();
        RecordingContext writing = new RecordingContext();
        byte[] zip = Bundles.write(adapter(id), flagship, "atelier.zip", writing);
        RecordingContext reading = new RecordingContext();
        ExchangeDocument back = Bundles.read(adapter(id), AdapterInput.of("atelier.zip", zip), reading);

        assertThat(writing.findings()).isEmpty();
        assertThat(writing.losses()).isEmpty();
        assertThat(reading.errors()).isEmpty();
        JisrJson json = JisrJson.create();
        assertThat(json.toJson(back)).isEqualTo(json.toJson(flagship));
    }

    @Test
    void the_bundle_is_one_csv_per_table_with_french_headers_and_a_byte_order_mark() throws Exception {
        byte[] zip = Bundles.write(new CsvFrAdapter(), Bundles.flagship(), "atelier.zip", new RecordingContext());
        List<String> names = new java.util.ArrayList<>();
        String events = null;
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                names.add(e.getName());
                byte[] bytes = in.readAllBytes();
                assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
                if (e.getName().equals("Événements.csv")) {
                    events = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
                }
            }
        }
        // The document first, then the tables in the order their records come, then the empty ones.
        assertThat(names).containsExactly("Document.csv", "Événements.csv", "Organisations.csv", "Collectivités.csv",
                "Partenariats.csv", "Projets.csv");
        assertThat(events).startsWith("Identifiant;Type;Titre (fr);Titre (ar);Titre (en);Statut;Début;Fin;Fuseau horaire;")
                .contains("event-workshop-2024-12-10;Atelier;")
                .contains(";10/12/2024;10/12/2024;Africa/Tunis;Hybride;");
    }

    @Test
    void the_tunisian_profile_writes_arabic_headers_and_labels() {
        byte[] csv = Bundles.write(new CsvTnAdapter(), new ExchangeDocument(Bundles.flagship().metadata(),
                Bundles.flagship().recordsOf(Event.class).map(e -> (org.jisr.model.JisrRecord) e).toList()),
                "events.csv", new RecordingContext());
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFالمعرف;الصنف;العنوان بالفرنسية;العنوان بالعربية;")
                .contains(";ورشة عمل;").contains(";10/12/2024;");
    }

    @Test
    void a_single_csv_holds_one_table_and_refuses_the_others(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("atelier.json");
        Files.write(json, Bundles.resource("/flagship/workshop-2024-12-10.json"));
        Path csv = dir.resolve("atelier.csv");

        ConversionReport report = Conversion.of(jsonAdapter(), new CsvFrAdapter()).run(json, csv);

        assertThat(report.written()).isFalse();
        assertThat(Files.exists(csv)).isFalse();
        assertThat(report.findings().findings()).extracting(Finding::code)
                .contains("adapter.spreadsheet-one-table-per-csv", "adapter.spreadsheet-metadata-not-written");
    }

    @Test
    void a_conversion_through_the_runtime_writes_the_zip_and_reports_no_loss(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("atelier.json");
        Files.write(json, Bundles.resource("/flagship/workshop-2024-12-10.json"));
        Path zip = dir.resolve("atelier.zip");
        Path back = dir.resolve("back.json");

        ConversionReport there = Conversion.of(jsonAdapter(), new CsvTnAdapter()).strict(true).run(json, zip);
        ConversionReport again = Conversion.of(new CsvTnAdapter(), jsonAdapter()).strict(true).run(zip, back);

        assertThat(there.written()).isTrue();
        assertThat(there.lossCount()).isZero();
        assertThat(again.written()).isTrue();
        assertThat(again.recordsRead()).isEqualTo(18);
        assertThat(Files.readString(back)).isEqualTo(Files.readString(json));
    }

    static Adapter jsonAdapter() {
        return org.jisr.runtime.Jisr.builder().build().adapter("json").orElseThrow().adapter();
    }
}
