package org.jisr.runtime.internal.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jisr.runtime.internal.adapters.Inputs.authority;
import static org.jisr.runtime.internal.adapters.Inputs.readAll;
import static org.jisr.runtime.internal.adapters.Inputs.text;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jisr.json.JisrJson;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.ExchangeDocument;
import org.jisr.model.JisrRecord;
import org.jisr.model.MultilingualText;
import org.jisr.model.Samples;
import org.jisr.spi.internal.BytesInput;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.RecordReader;
import org.jisr.validation.Finding;
import org.jisr.validation.Location;
import org.jisr.validation.ReadLimits;
import org.junit.jupiter.api.Test;

/** The json adapter's reader: record by record, located findings, never an exception. */
class JsonDocumentReaderTest {

    private static final JisrJson JSON = JisrJson.create();
    private final JsonDocumentAdapter adapter = new JsonDocumentAdapter();

    private static String document(String... records) {
        return "{\n  \"jisr\": \"1.0\",\n  \"id\": \"doc-1\",\n  \"records\": [\n    "
                + String.join(",\n    ", records) + "\n  ]\n}\n";
    }

    /** The 1-based column where a text first occurs on a 1-based line. */
    private static int column(String text, int line, String what) {
        String l = text.lines().toList().get(line - 1);
        assertThat(l).contains(what);
        return l.indexOf(what) + 1;
    }

    @Test
    void it_reads_the_flagship_document_record_by_record_with_its_metadata() throws Exception {
        AdapterInput input = Inputs.resource("workshop-2024-12-10.json");
        ExchangeDocument expected = JSON.readDocument(input.openStream());
        CollectingContext context = new CollectingContext();

        try (RecordReader reader = adapter.openReader(input, context)) {
            assertThat(readAll(reader)).isEqualTo(expected.records());
            assertThat(reader.metadata()).isEqualTo(expected.metadata());
        }
        assertThat(context.findings).isEmpty();
    }

    @Test
    void it_does_not_read_far_beyond_the_records_it_returns() {
        String text = document(IntStream.range(0, 5000).mapToObj(i -> authority("a" + i))
                .toArray(String[]::new));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isGreaterThan(500_000);
        Inputs.Counted input = new Inputs.Counted("big.json", bytes, Long.MAX_VALUE);

        try (RecordReader reader = adapter.openReader(input, new CollectingContext())) {
            assertThat(reader.next()).map(JisrRecord::id).contains("a0");
            assertThat(input.read).as("bytes read for the first record").isLessThan(32 * 1024);
            for (int i = 1; i < 1000; i++) {
                assertThat(reader.next()).isPresent();
            }
            assertThat(input.read).as("bytes read for 1000 records").isLessThan(bytes.length / 3);
            assertThat(readAll(reader)).hasSize(4000);
        }
    }

    @Test
    void metadata_after_the_records_is_known_from_the_first_record_on() {
        ExchangeDocument doc = Samples.document();
        assertThat(doc.metadata().extensions().namespaces()).isNotEmpty();
        // The canonical form writes the metadata's extensions after the records.
        AdapterInput input = new BytesInput("sample.json", JSON.toBytes(doc));

        try (RecordReader reader = adapter.openReader(input, new CollectingContext())) {
            assertThat(reader.next()).contains(doc.records().get(0));
            assertThat(reader.metadata()).isEqualTo(doc.metadata());
            assertThat(readAll(reader)).isEqualTo(doc.records().subList(1, doc.records().size()));
            assertThat(reader.metadata()).isEqualTo(doc.metadata());
        }
    }

    @Test
    void metadata_in_any_order_around_the_records_is_read() {
        String text = "{\"records\": [" + authority("a") + "], \"title\": {\"fr\": \"Après\"}, \"jisr\": \"1.0\", "
                + "\"id\": \"doc-late\"}";
        CollectingContext context = new CollectingContext();

        try (RecordReader reader = adapter.openReader(text("late.json", text), context)) {
            DocumentMetadata early = reader.metadata();
            assertThat(readAll(reader)).extracting(JisrRecord::id).containsExactly("a");
            assertThat(reader.metadata()).isEqualTo(early);
            assertThat(early.id()).isEqualTo("doc-late");
            assertThat(early.title()).isEqualTo(MultilingualText.of("fr", "Après"));
        }
        assertThat(context.findings).isEmpty();
    }

    @Test
    void a_record_that_cannot_be_read_is_reported_where_it_is_and_skipped() {
        String text = document(authority("a"), authority("b", id -> ", \"colour\": \"blue\""), authority("c"));
        CollectingContext context = new CollectingContext();

        try (RecordReader reader = adapter.openReader(text("doc.json", text), context)) {
            assertThat(readAll(reader)).extracting(JisrRecord::id).containsExactly("a", "c");
        }

        assertThat(context.findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("adapter.record-skipped");
            assertThat(f.location()).isEqualTo(Location.of("doc.json", "/records/1/colour", 6, column(text, 6, "\"blue\"")));
            assertThat(f.parameters().get("reason")).contains("unknown property \"colour\"");
        });
    }

    @Test
    void records_of_every_kind_of_wrongness_are_skipped_and_the_others_read() {
        String text = document(
                "1",
                "[{\"type\": \"LocalAuthority\"}]",
                "{\"type\": \"Spaceship\", \"id\": \"x\", \"deep\": {\"a\": [1, {\"b\": 2}]}}",
                authority("ok-1"),
                "{\"id\": \"no-type-first\", \"type\": \"LocalAuthority\"}",
                "{\"type\": \"LocalAuthority\", \"id\": \"no-name\", \"kind\": \"commune\", \"country\": \"TN\"}",
                "{\"type\": \"LocalAuthority\", \"id\": \"bad-kind\", \"name\": {\"fr\": \"X\"}, \"kind\": {\"a\": [1]}, "
                        + "\"country\": \"TN\"}",
                authority("ok-2"));
        CollectingContext context = new CollectingContext();

        try (RecordReader reader = adapter.openReader(text("doc.json", text), context)) {
            assertThat(readAll(reader)).extracting(JisrRecord::id).containsExactly("ok-1", "ok-2");
        }

        assertThat(context.codes()).containsOnly("adapter.record-skipped").hasSize(6);
        assertThat(context.findings).extracting(f -> f.location().pointer()).containsExactly(
                "/records/0", "/records/1", "/records/2/type", "/records/4", "/records/5", "/records/6/kind");
        assertThat(context.findings).extracting(f -> f.location().line()).containsExactly(5, 6, 7, 9, 10, 11);
    }

    @Test
    void problems_of_the_document_itself_are_reported_and_its_records_still_read() {
        String text = "{\n  \"jisr\": \"9.9\",\n  \"colour\": {\"a\": [1, 2]},\n  \"created\": \"yesterday\",\n"
                + "  \"records\": [" + authority("a") + "]\n}\n";
        CollectingContext context = new CollectingContext();

        try (RecordReader reader = adapter.openReader(text("doc.json", text), context)) {
            assertThat(readAll(reader)).extracting(JisrRecord::id).containsExactly("a");
            assertThat(reader.metadata()).isEqualTo(DocumentMetadata.EMPTY);
        }

        assertThat(context.codes()).containsOnly("adapter.invalid-document").hasSize(3);
        assertThat(context.findings).extracting(Finding::location).containsExactly(
                Location.of("doc.json", "/jisr", 2, 11),
                Location.of("doc.json", "/colour", 3, 13),
                Location.of("doc.json", "/created", 4, 14));
    }

    @Test
    void a_document_without_jisr_or_records_is_reported_at_its_start() {
        CollectingContext context = new CollectingContext();

        try (RecordReader reader = adapter.openReader(text("doc.json", "\n  {\"id\": \"x\"}"), context)) {
            assertThat(reader.next()).isEmpty();
        }

        assertThat(context.findings).extracting(Finding::code, f -> f.location().line(), f -> f.location().column())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("adapter.invalid-document", 2, 3));
        assertThat(context.findings.get(0).parameters().get("reason")).contains("\"jisr\"");
    }

    @Test
    void a_truncated_document_gives_the_records_before_the_cut_and_says_where_reading_stopped() {
        String whole = document(authority("a"), authority("b"), authority("c"));
        String cut = whole.substring(0, whole.indexOf("\"id\": \"c\"") + 5);
        CollectingContext context = new CollectingContext();

        try (RecordReader reader = adapter.openReader(text("cut.json", cut), context)) {
            assertThat(readAll(reader)).extracting(JisrRecord::id).containsExactly("a", "b");
            assertThat(reader.next()).isEmpty();
        }

        assertThat(context.findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("adapter.read-stopped");
            assertThat(f.location().line()).isEqualTo(7);
            assertThat(f.location().column()).isPositive();
        });
    }

    @Test
    void malformed_json_stops_the_reading_where_it_is() {
        String text = document(authority("a"), "{\"type\": \"LocalAuthority\", \"id\": \"b\",, }", authority("c"));
        CollectingContext context = new CollectingContext();

        try (RecordReader reader = adapter.openReader(text("bad.json", text), context)) {
            assertThat(readAll(reader)).extracting(JisrRecord::id).containsExactly("a");
        }

        assertThat(context.findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("adapter.read-stopped");
            assertThat(f.location().line()).isEqualTo(6);
            assertThat(f.location().column()).isEqualTo(column(text, 6, ",, }") + 1);
        });
    }

    @Test
    void empty_input_text_and_trailing_content_are_findings_too() {
        assertThat(findingsOf("")).extracting(Finding::code).containsExactly("adapter.read-stopped");
        assertThat(findingsOf("hello")).extracting(Finding::code).containsExactly("adapter.read-stopped");
        assertThat(findingsOf("[1, 2]")).extracting(Finding::code).containsExactly("adapter.read-stopped");
        String trailing = "{\"jisr\": \"1.0\", \"records\": []} {}";
        assertThat(findingsOf(trailing)).extracting(Finding::code, f -> f.location().column())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("adapter.read-stopped", trailing.lastIndexOf('{') + 1));
    }

    @Test
    void a_failing_input_is_reported_as_unreadable_after_the_records_read_before() {
        String text = document(IntStream.range(0, 2000).mapToObj(i -> authority("a" + i)).toArray(String[]::new));
        Inputs.Counted input = new Inputs.Counted("failing.json", text.getBytes(StandardCharsets.UTF_8), 40_000);
        CollectingContext context = new CollectingContext();

        int read;
        try (RecordReader reader = adapter.openReader(input, context)) {
            read = readAll(reader).size();
        }

        assertThat(read).isBetween(100, 1999);
        assertThat(context.findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("adapter.unreadable-input");
            assertThat(f.parameters().get("reason")).contains("disk on fire");
        });
    }

    @Test
    void an_input_that_cannot_be_opened_is_reported_as_unreadable() {
        AdapterInput missing = new org.jisr.spi.internal.PathInput(java.nio.file.Path.of("no", "such", "file.json"));
        CollectingContext context = new CollectingContext();

        try (RecordReader reader = adapter.openReader(missing, context)) {
            assertThat(reader.next()).isEmpty();
            assertThat(reader.metadata()).isEqualTo(DocumentMetadata.EMPTY);
        }

        assertThat(context.findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("adapter.unreadable-input");
            assertThat(f.parameters().get("reason")).contains("NoSuchFileException");
        });
    }

    @Test
    void the_record_limit_stops_the_reading_with_a_finding() {
        ReadLimits two = new ReadLimits(1 << 20, 64, 1000, 100, 1000, 1000, 2);
        CollectingContext context = new CollectingContext(two);

        try (RecordReader reader = adapter.openReader(text("doc.json", document(authority("a"), authority("b"),
                authority("c"), authority("d"))), context)) {
            assertThat(readAll(reader)).extracting(JisrRecord::id).containsExactly("a", "b");
        }

        assertThat(context.findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("syntax.limit-exceeded");
            assertThat(f.parameters()).isEqualTo(Map.of("limit", "maxRecords", "maximum", "2"));
            assertThat(f.location().line()).isEqualTo(7);
        });
    }

    @Test
    void nesting_deeper_than_the_limit_stops_the_reading() {
        String deep = "[".repeat(40) + "]".repeat(40);
        String text = document(authority("a"), authority("b", id -> ", \"extensions\": {\"x\": {\"d\": " + deep + "}}"));
        CollectingContext context = new CollectingContext(new ReadLimits(1 << 20, 20, 1000, 100, 1000, 1000, 100));

        try (RecordReader reader = adapter.openReader(text("deep.json", text), context)) {
            assertThat(readAll(reader)).extracting(JisrRecord::id).containsExactly("a");
        }

        // A limit is the same finding whichever reader meets it: its name and value, where it was met.
        assertThat(context.findings).extracting(Finding::code).containsExactly("syntax.limit-exceeded");
        assertThat(context.findings.get(0).parameters()).isEqualTo(Map.of("limit", "maxNestingDepth", "maximum", "20"));
        assertThat(context.findings.get(0).location().line()).isPositive();
    }

    @Test
    void a_duplicate_key_stops_the_reading() {
        String text = document(authority("a", id -> ", \"country\": \"FR\""));

        assertThat(findingsOf(text)).extracting(Finding::code, f -> f.location().line())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("adapter.read-stopped", 5));
    }

    @Test
    void locate_points_to_a_value_of_the_last_record_read() {
        String text = document(authority("a"),
                "{\"type\": \"LocalAuthority\",\n      \"id\": \"b\",\n      \"name\": {\"fr\": \"B\", \"ar\": \"ب\"},"
                        + "\n      \"kind\": \"commune\", \"country\": \"TN\"}");

        try (RecordReader reader = adapter.openReader(text("doc.json", text), new CollectingContext())) {
            assertThat(reader.locate("/name")).isEqualTo(Location.of("doc.json", "/name", 0, 0));
            reader.next();
            assertThat(reader.locate("/country")).isEqualTo(Location.of("doc.json", "/records/0/country", 5,
                    column(text, 5, "\"TN\"")));
            reader.next();
            assertThat(reader.locate("")).isEqualTo(Location.of("doc.json", "/records/1", 6, 5));
            assertThat(reader.locate("/name/ar")).isEqualTo(Location.of("doc.json", "/records/1/name/ar", 8,
                    column(text, 8, "\"ب\"")));
            // A value the record does not have: where its nearest enclosing value is.
            assertThat(reader.locate("/name/en")).isEqualTo(Location.of("doc.json", "/records/1/name/en", 8,
                    column(text, 8, "{\"fr\"")));
        }
    }

    @Test
    void reading_after_the_end_and_closing_twice_are_harmless() {
        RecordReader reader = adapter.openReader(text("doc.json", document(authority("a"))), new CollectingContext());
        assertThat(readAll(reader)).hasSize(1);
        assertThat(reader.next()).isEqualTo(Optional.empty());
        reader.close();
        reader.close();
        assertThat(reader.next()).isEmpty();
    }

    private List<Finding> findingsOf(String text) {
        CollectingContext context = new CollectingContext();
        try (RecordReader reader = adapter.openReader(text("doc.json", text), context)) {
            readAll(reader);
        }
        return context.findings;
    }
}
