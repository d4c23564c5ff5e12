package org.jisr.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.List;
import java.util.stream.Stream;
import org.jisr.json.JisrJson;
import org.jisr.model.ExchangeDocument;
import org.jisr.model.RecordType;
import org.jisr.model.Samples;
import org.jisr.runtime.ConversionReport.Loss;
import org.jisr.runtime.internal.BytesInput;
import org.jisr.runtime.internal.adapters.JsonDocumentAdapter;
import org.jisr.runtime.internal.adapters.NdjsonAdapter;
import org.jisr.validation.Finding;
import org.jisr.validation.Severity;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Conversion: round trips of the canonical forms, losses reported, output written atomically or not at all. */
class ConversionTest {

    private static final JisrJson JSON = JisrJson.create();
    private static final JsonDocumentAdapter JSON_ADAPTER = new JsonDocumentAdapter();
    private static final NdjsonAdapter NDJSON_ADAPTER = new NdjsonAdapter();

    @TempDir
    Path dir;

    private static byte[] example(String name) throws IOException {
        try (InputStream in = ConversionTest.class.getResourceAsStream("/examples/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** The files of the folder: no temporary file may be left behind. */
    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void assertClean(ConversionReport report) {
        assertThat(report.findings().findings()).isEmpty();
        assertThat(report.losses()).isEmpty();
        assertThat(report.written()).isTrue();
        assertThat(report.recordsWritten()).isEqualTo(report.recordsRead());
    }

    // ---- round trips

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"workshop-2024-12-10.json", "twinnings-fr-tn.json"})
    void json_to_ndjson_to_json_gives_back_the_canonical_bytes_of_each_example(String name) throws IOException {
        byte[] original = example(name);
        Path in = file(name, original);
        ExchangeDocument doc = JSON.readDocument(in);

        ConversionReport there = Conversion.of(JSON_ADAPTER, NDJSON_ADAPTER).run(in, dir.resolve("via.ndjson"));
        ConversionReport back = Conversion.of(NDJSON_ADAPTER, JSON_ADAPTER).run(dir.resolve("via.ndjson"),
                dir.resolve("back.json"));

        assertClean(there);
        assertClean(back);
        assertThat(there.recordsRead()).isEqualTo(doc.records().size()).isPositive();
        assertThat(Files.readString(dir.resolve("via.ndjson"))).isEqualTo(JSON.toNdjson(doc));
        assertThat(Files.readAllBytes(dir.resolve("back.json"))).isEqualTo(JSON.toBytes(doc)).isEqualTo(original);
        assertThat(files()).containsExactlyInAnyOrder(name, "via.ndjson", "back.json");
    }

    @Test
    void ndjson_to_json_to_ndjson_gives_back_the_canonical_bytes_of_the_example_stream() throws IOException {
        byte[] original = example("workshop-2024-12-10.ndjson");
        Path in = file("workshop.ndjson", original);

        ConversionReport there = Conversion.of(NDJSON_ADAPTER, JSON_ADAPTER).run(in, dir.resolve("via.json"));
        ConversionReport back = Conversion.of(NDJSON_ADAPTER, NDJSON_ADAPTER).run(in, dir.resolve("same.ndjson"));
        ConversionReport again = Conversion.of(JSON_ADAPTER, NDJSON_ADAPTER).run(dir.resolve("via.json"),
                dir.resolve("back.ndjson"));

        assertClean(there);
        assertClean(back);
        assertClean(again);
        assertThat(Files.readAllBytes(dir.resolve("via.json"))).isEqualTo(example("workshop-2024-12-10.json"));
        assertThat(Files.readAllBytes(dir.resolve("same.ndjson"))).isEqualTo(original);
        assertThat(Files.readAllBytes(dir.resolve("back.ndjson"))).isEqualTo(original);
    }

    @Test
    void the_metadata_written_after_the_records_of_a_document_reaches_the_header_of_the_stream() throws IOException {
        ExchangeDocument doc = Samples.document();
        Path in = file("sample.json", JSON.toBytes(doc));

        ConversionReport report = Conversion.of(JSON_ADAPTER, NDJSON_ADAPTER).run(in, dir.resolve("s.ndjson"));

        assertClean(report);
        assertThat(Files.readString(dir.resolve("s.ndjson"))).isEqualTo(JSON.toNdjson(doc));
        assertThat(report.from()).isEqualTo("json");
        assertThat(report.to()).isEqualTo("ndjson");
        assertThat(report.input()).isEqualTo(in.toString());
        assertThat(report.output()).isEqualTo(dir.resolve("s.ndjson"));
        assertThat(report.findings().records()).isEqualTo(doc.records().size());
    }

    @Test
    void a_successful_conversion_replaces_an_existing_target() throws IOException {
        Path target = file("out.ndjson", "old content\n".getBytes(StandardCharsets.UTF_8));

        ConversionReport report = Conversion.of(JSON_ADAPTER, NDJSON_ADAPTER)
                .run(new BytesInput("in.json", JSON.toBytes(Samples.document())), target);

        assertClean(report);
        assertThat(Files.readString(target)).isEqualTo(JSON.toNdjson(Samples.document()));
        assertThat(files()).containsExactly("out.ndjson");
    }

    @Test
    void a_file_can_be_converted_onto_itself() throws IOException {
        ExchangeDocument doc = Samples.document();
        Path file = file("same.json", JSON.toNdjson(doc).getBytes(StandardCharsets.UTF_8));

        ConversionReport report = Conversion.of(NDJSON_ADAPTER, JSON_ADAPTER).run(file, file);

        assertClean(report);
        assertThat(Files.readAllBytes(file)).isEqualTo(JSON.toBytes(doc));
        assertThat(files()).containsExactly("same.json");
    }

    @Test
    void a_writer_that_writes_at_the_path_itself_is_not_overwritten_by_an_empty_file() throws IOException {
        ConversionReport report = Conversion.of(JSON_ADAPTER, new TestAdapters.DirectWriter())
                .run(new BytesInput("in.json", JSON.toBytes(lossyInput())), dir.resolve("ids.txt"));

        assertClean(report);
        assertThat(Files.readString(dir.resolve("ids.txt"))).isEqualTo("tn-sousse\nprj-dechets\nevt-atelier\n");
        assertThat(files()).containsExactly("ids.txt");
    }

    @Test
    void the_output_gets_the_permissions_of_a_new_file_not_those_of_a_private_temporary_file() throws IOException {
        Assumptions.assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null);
        Path plain = Files.createFile(dir.resolve("plain"));

        Conversion.of(JSON_ADAPTER, NDJSON_ADAPTER).run(new BytesInput("in.json", JSON.toBytes(Samples.document())),
                dir.resolve("out.ndjson"));

        assertThat(Files.getPosixFilePermissions(dir.resolve("out.ndjson")))
                .isEqualTo(Files.getPosixFilePermissions(plain));
    }

    // ---- nothing half written

    @Test
    void a_writer_that_fails_midway_leaves_no_output_and_says_which_adapter_failed() throws IOException {
        Path in = file("in.json", JSON.toBytes(Samples.document()));

        ConversionReport report = Conversion.of(JSON_ADAPTER, new TestAdapters.FailingWriter())
                .run(in, dir.resolve("out.txt"));

        assertThat(report.written()).isFalse();
        assertThat(report.recordsRead()).isEqualTo(3);
        assertThat(report.recordsWritten()).isEqualTo(2);
        assertThat(report.findings().findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("adapter.failed");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.parameters()).containsEntry("adapter", "failing-writer");
            assertThat(f.parameters().get("error")).contains("IllegalStateException", "broken on purpose at record 3");
        });
        assertThat(files()).containsExactly("in.json");
    }

    @Test
    void a_reader_that_fails_midway_leaves_an_existing_target_untouched() throws IOException {
        Path in = file("in.json", JSON.toBytes(Samples.document()));
        Path target = file("out.ndjson", "old content\n".getBytes(StandardCharsets.UTF_8));

        ConversionReport report = Conversion.of(new TestAdapters.FailingReader(), NDJSON_ADAPTER).run(in, target);

        assertThat(report.written()).isFalse();
        assertThat(report.recordsRead()).isEqualTo(2);
        assertThat(report.findings().findings()).extracting(Finding::code, f -> f.parameters().get("adapter"))
                .containsExactly(tuple("adapter.failed", "failing-reader"));
        assertThat(Files.readString(target)).isEqualTo("old content\n");
        assertThat(files()).containsExactlyInAnyOrder("in.json", "out.ndjson");
    }

    @Test
    void a_truncated_input_is_read_up_to_the_cut_and_nothing_is_written() throws IOException {
        byte[] whole = JSON.toBytes(Samples.document());
        Path in = file("cut.json", java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
        Path target = file("out.ndjson", "old content\n".getBytes(StandardCharsets.UTF_8));

        ConversionReport report = Conversion.of(JSON_ADAPTER, NDJSON_ADAPTER).run(in, target);

        assertThat(report.written()).isFalse();
        assertThat(report.recordsRead()).isBetween(1L, 5L);
        assertThat(report.findings().findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("adapter.read-stopped");
            assertThat(f.location().file()).isEqualTo(in.toString());
            assertThat(f.location().line()).isPositive();
        });
        assertThat(Files.readString(target)).isEqualTo("old content\n");
        assertThat(files()).containsExactlyInAnyOrder("cut.json", "out.ndjson");
    }

    @Test
    void a_record_that_cannot_be_read_is_an_error_and_nothing_is_written() throws IOException {
        String text = JSON.toJson(ExchangeDocument.of(List.of(Samples.localAuthority(), Samples.event())))
                .replace("\"kind\": \"workshop\"", "\"kind\": \"picnic\"");
        Path in = file("in.json", text.getBytes(StandardCharsets.UTF_8));

        ConversionReport report = Conversion.of(JSON_ADAPTER, NDJSON_ADAPTER).run(in, dir.resolve("out.ndjson"));

        assertThat(report.written()).isFalse();
        assertThat(report.recordsRead()).isEqualTo(1);
        assertThat(report.findings().findings()).extracting(Finding::code, f -> f.location().pointer())
                .containsExactly(tuple("adapter.record-skipped", "/records/1/kind"));
        assertThat(files()).containsExactly("in.json");
    }

    @Test
    void an_output_folder_that_does_not_exist_is_a_finding_not_an_exception() throws IOException {
        ConversionReport report = Conversion.of(JSON_ADAPTER, NDJSON_ADAPTER)
                .run(new BytesInput("in.json", JSON.toBytes(Samples.document())), dir.resolve("no/such/out.ndjson"));

        assertThat(report.written()).isFalse();
        assertThat(report.recordsRead()).isZero();
        assertThat(report.findings().findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("adapter.output-failed");
            assertThat(f.parameters().get("output")).endsWith("out.ndjson");
            assertThat(f.parameters().get("reason")).contains("NoSuchFileException");
        });
    }

    @Test
    void a_folder_as_target_is_a_finding_and_the_folder_is_untouched() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("out.ndjson"));

        ConversionReport report = Conversion.of(JSON_ADAPTER, NDJSON_ADAPTER)
                .run(new BytesInput("in.json", JSON.toBytes(Samples.document())), folder);

        assertThat(report.written()).isFalse();
        assertThat(report.findings().findings()).extracting(Finding::code).containsExactly("adapter.output-failed");
        assertThat(folder).isEmptyDirectory();
        assertThat(files()).containsExactly("out.ndjson");
    }

    @Test
    void an_unreadable_input_file_is_a_finding() {
        ConversionReport report = Conversion.of(JSON_ADAPTER, NDJSON_ADAPTER).run(dir.resolve("missing.json"),
                dir.resolve("out.ndjson"));

        assertThat(report.written()).isFalse();
        assertThat(report.findings().findings()).extracting(Finding::code).containsExactly("adapter.unreadable-input");
        assertThat(dir.resolve("out.ndjson")).doesNotExist();
    }

    // ---- losses

    private static ExchangeDocument lossyInput() {
        return ExchangeDocument.of(List.of(Samples.localAuthority(), Samples.project(), Samples.event()));
    }

    private static final List<Loss> EXPECTED_LOSSES = List.of(
            new Loss("tn-sousse", RecordType.LOCAL_AUTHORITY, "/extensions", "lossy-lines"),
            new Loss("tn-sousse", RecordType.LOCAL_AUTHORITY, "/name", "lossy-lines"),
            new Loss("prj-dechets", RecordType.PROJECT, "", "lossy-lines"),
            new Loss("evt-atelier", RecordType.EVENT, "/participants/0/description", "lossy-lines"),
            new Loss("evt-atelier", RecordType.EVENT, "/participants/1/description", "lossy-lines"),
            new Loss("evt-atelier", RecordType.EVENT, "/extensions", "lossy-lines"));

    @Test
    void a_lenient_conversion_writes_and_reports_every_loss_as_a_warning_where_it_is() throws IOException {
        byte[] bytes = JSON.toBytes(lossyInput());
        Path in = file("in.json", bytes);

        ConversionReport report = Conversion.of(JSON_ADAPTER, new TestAdapters.LossyLines()).run(in, dir.resolve("out.txt"));

        assertThat(report.written()).isTrue();
        assertThat(report.strict()).isFalse();
        assertThat(Files.readString(dir.resolve("out.txt"))).isEqualTo("LocalAuthority tn-sousse\nEvent evt-atelier\n");
        assertThat(report.recordsRead()).isEqualTo(3);
        assertThat(report.recordsWritten()).isEqualTo(2);
        assertThat(report.losses()).containsExactlyElementsOf(EXPECTED_LOSSES);
        assertThat(report.lossCount()).isEqualTo(6);
        assertThat(report.findings().warnings()).isEqualTo(6);
        assertThat(report.findings().errors()).isZero();
        assertThat(report.findings().findings()).extracting(Finding::code, f -> f.location().pointer(), Finding::parameters)
                .containsExactly(
                        tuple("adapter.value-lost", "/records/0/extensions",
                                java.util.Map.of("record", "tn-sousse", "pointer", "/extensions")),
                        tuple("adapter.value-lost", "/records/0/name",
                                java.util.Map.of("record", "tn-sousse", "pointer", "/name")),
                        tuple("adapter.record-lost", "/records/1",
                                java.util.Map.of("record", "prj-dechets", "recordType", "Project")),
                        tuple("adapter.value-lost", "/records/2/participants/0/description",
                                java.util.Map.of("record", "evt-atelier", "pointer", "/participants/0/description")),
                        tuple("adapter.value-lost", "/records/2/participants/1/description",
                                java.util.Map.of("record", "evt-atelier", "pointer", "/participants/1/description")),
                        tuple("adapter.value-lost", "/records/2/extensions",
                                java.util.Map.of("record", "evt-atelier", "pointer", "/extensions")));
        // Each loss points at its value in the input.
        String text = new String(bytes, StandardCharsets.UTF_8);
        Finding description = report.findings().findings().get(3);
        String line = text.lines().toList().get(description.location().line() - 1);
        assertThat(line.substring(description.location().column() - 1)).startsWith("{");
        assertThat(line).contains("\"description\": {");
    }

    @Test
    void a_strict_conversion_makes_every_loss_an_error_and_writes_nothing() throws IOException {
        Path in = file("in.json", JSON.toBytes(lossyInput()));
        Path target = file("out.txt", "old content\n".getBytes(StandardCharsets.UTF_8));

        ConversionReport report = Conversion.of(JSON_ADAPTER, new TestAdapters.LossyLines()).strict(true).run(in, target);

        assertThat(report.written()).isFalse();
        assertThat(report.strict()).isTrue();
        assertThat(report.losses()).containsExactlyElementsOf(EXPECTED_LOSSES);
        assertThat(report.findings().errors()).isEqualTo(6);
        assertThat(report.findings().findings()).extracting(Finding::severity).containsOnly(Severity.ERROR);
        assertThat(Files.readString(target)).isEqualTo("old content\n");
        assertThat(files()).containsExactlyInAnyOrder("in.json", "out.txt");
    }

    @Test
    void a_strict_conversion_without_loss_writes() throws IOException {
        ExchangeDocument doc = ExchangeDocument.of(List.of(Samples.organization().toBuilder()
                .extensions(org.jisr.model.Extensions.NONE).build()));
        ConversionReport report = Conversion.of(JSON_ADAPTER, new TestAdapters.LossyLines()).strict(true)
                .run(new BytesInput("in.json", JSON.toBytes(doc)), dir.resolve("out.txt"));

        assertClean(report);
        assertThat(Files.readString(dir.resolve("out.txt"))).isEqualTo("Organization org-cuf\n");
    }

    @Test
    void the_report_lists_at_most_the_losses_asked_for_but_counts_them_all() throws IOException {
        ConversionReport report = Conversion.of(JSON_ADAPTER, new TestAdapters.LossyLines())
                .options(ConversionOptions.DEFAULTS.withMaxLosses(2).withSamplesPerCode(1))
                .run(new BytesInput("in.json", JSON.toBytes(lossyInput())), dir.resolve("out.txt"));

        assertThat(report.losses()).containsExactlyElementsOf(EXPECTED_LOSSES.subList(0, 2));
        assertThat(report.lossCount()).isEqualTo(6);
        assertThat(report.findings().findings()).hasSize(2);
        assertThat(report.findings().countsByCode()).containsEntry("adapter.value-lost", 5L)
                .containsEntry("adapter.record-lost", 1L);
    }

    @Test
    void metadata_a_reader_gives_only_at_the_end_is_reported_lost() throws IOException {
        ExchangeDocument doc = Samples.document();

        ConversionReport report = Conversion.of(new TestAdapters.LateMetadata(doc), NDJSON_ADAPTER)
                .run(new BytesInput("memory", new byte[0]), dir.resolve("out.ndjson"));

        assertThat(report.written()).isTrue();
        assertThat(report.losses()).extracting(Loss::recordId, Loss::recordType, Loss::pointer).containsExactly(
                tuple("", null, "/id"), tuple("", null, "/created"), tuple("", null, "/publisher"),
                tuple("", null, "/language"), tuple("", null, "/title"), tuple("", null, "/description"),
                tuple("", null, "/extensions"));
        assertThat(report.findings().findings()).extracting(Finding::code).containsOnly("adapter.metadata-lost");
        assertThat(Files.readString(dir.resolve("out.ndjson")))
                .isEqualTo(JSON.toNdjson(ExchangeDocument.of(doc.records())));
    }

    // ---- contracts of the API

    @Test
    void adapters_must_read_and_write_as_asked() {
        assertThatThrownBy(() -> Conversion.of(new TestAdapters.LossyLines(), NDJSON_ADAPTER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lossy-lines");
        assertThatThrownBy(() -> Conversion.of(JSON_ADAPTER, new TestAdapters.FailingReader()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("failing-reader");
    }

    @Test
    void a_conversion_is_immutable() {
        Conversion lenient = Conversion.of(JSON_ADAPTER, NDJSON_ADAPTER);
        Conversion strict = lenient.strict(true);

        assertThat(lenient.options().strict()).isFalse();
        assertThat(strict.options().strict()).isTrue();
        assertThat(lenient.options()).isEqualTo(ConversionOptions.DEFAULTS);
        assertThatThrownBy(() -> ConversionOptions.DEFAULTS.withMaxLosses(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
