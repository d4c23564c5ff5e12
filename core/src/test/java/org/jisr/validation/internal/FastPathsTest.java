package org.jisr.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;
import org.jisr.validation.ExchangeForm;
import org.jisr.validation.ReadLimits;
import org.jisr.validation.RuleProfile;
import org.jisr.validation.ValidationReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fast paths of the engine (the schema pre-check, lines read without positions, lines
 * prepared on several threads) give the report the reference path gives — every finding, in the
 * same order, with the same location, and the same counts — on the example files and on record
 * streams built from their records and then broken in many ways.
 */
class FastPathsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> LINES = exampleLines();

    private static final Engine REFERENCE = engine(1, false);
    private static final Engine FAST = engine(1, true);
    private static final Engine PARALLEL = engine(3, true).batchLines(3);

    private static Engine engine(int threads, boolean fast) {
        return new Engine(RuleProfile.DEFAULTS, ReadLimits.DEFAULTS, List.of(), true, null, threads, fast);
    }

    /** The header and the records of the example stream, and the records of the example document as lines. */
    private static List<String> exampleLines() {
        List<String> lines = new ArrayList<>();
        try (InputStream in = FastPathsTest.class.getResourceAsStream("/examples/workshop-2024-12-10.ndjson")) {
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                lines.add(l);
            }
            try (InputStream doc = FastPathsTest.class.getResourceAsStream("/examples/twinnings-fr-tn.json")) {
                for (JsonNode r : JSON.readTree(doc).get("records")) {
                    lines.add(JSON.writeValueAsString(r));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(lines);
    }

    private static ValidationReport validate(Engine engine, byte[] input, ExchangeForm form) {
        ValidationReport.Builder report = ValidationReport.builder(1_000_000).file("in");
        engine.validate(new ByteArrayInputStream(input), "in", form, report, null);
        return report.build();
    }

    private static void assertSame(ValidationReport expected, ValidationReport actual) {
        assertThat(actual.findings()).containsExactlyElementsOf(expected.findings());
        assertThat(actual.countsByCode()).isEqualTo(expected.countsByCode());
        assertThat(actual.records()).isEqualTo(expected.records());
    }

    @Example
    void the_example_files_give_the_reference_report() throws IOException {
        for (String name : List.of("workshop-2024-12-10.ndjson", "workshop-2024-12-10.json", "twinnings-fr-tn.json")) {
            byte[] bytes;
            try (InputStream in = getClass().getResourceAsStream("/examples/" + name)) {
                bytes = in.readAllBytes();
            }
            ExchangeForm form = ExchangeForm.fromFileName(name);
            ValidationReport reference = validate(REFERENCE, bytes, form);
            assertSame(reference, validate(FAST, bytes, form));
            assertSame(reference, validate(PARALLEL, bytes, form));
        }
    }

    @Example
    void a_long_valid_stream_spans_many_batches_and_keeps_its_findings_in_order() {
        StringBuilder s = new StringBuilder(LINES.get(0)).append('\n');
        for (int copy = 0; copy < 40; copy++) {
            for (int i = 1; i < LINES.size(); i++) {
                // Every copy repeats the ids: duplicate-id findings that point back to earlier lines.
                s.append(LINES.get(i)).append('\n');
            }
        }
        byte[] bytes = s.toString().getBytes(StandardCharsets.UTF_8);
        ValidationReport reference = validate(REFERENCE, bytes, ExchangeForm.STREAM);
        assertThat(reference.countsByCode()).containsKey("rule.duplicate-id");
        assertSame(reference, validate(FAST, bytes, ExchangeForm.STREAM));
        assertSame(reference, validate(PARALLEL, bytes, ExchangeForm.STREAM));
        assertSame(reference, validate(engine(2, true), bytes, ExchangeForm.STREAM));
    }

    @Example
    void what_the_binder_lets_through_and_the_tree_does_not_is_reported_as_the_reference_reports_it() {
        // The binder takes the last of two values of a name; the tree keeps the first and the line
        // goes to the reference path, which reports the duplicate. Likewise an escaped unpaired
        // surrogate in a name the binder skips, and a number no decimal can hold.
        String record = LINES.get(1);
        Map<String, String> cases = Map.of(
                "syntax.duplicate-key", record.replaceFirst("(\"type\":\"[A-Za-z]+\")", "$1,\"id\":\"dup\""),
                "syntax.unpaired-surrogate", record.replaceFirst("\"(fr|en)\":\"", "\"$1\":\"\\\\udc00"),
                "syntax.invalid-number", LINES.stream().filter(l -> l.contains("\"founded\":")).findFirst().orElseThrow()
                        .replaceFirst("\"founded\":[0-9]+", "\"founded\":-1E+99999999912"));
        cases.forEach((code, line) -> {
            byte[] bytes = (LINES.get(0) + "\n" + line + "\n").getBytes(StandardCharsets.UTF_8);
            ValidationReport reference = validate(REFERENCE, bytes, ExchangeForm.STREAM);

            assertThat(reference.countsByCode()).as(line).containsKey(code);
            assertSame(reference, validate(FAST, bytes, ExchangeForm.STREAM));
            assertSame(reference, validate(PARALLEL, bytes, ExchangeForm.STREAM));
        });
    }

    @Property(tries = 40)
    void broken_streams_give_the_reference_report(@ForAll("streams") byte[] input) {
        ValidationReport reference = validate(REFERENCE, input, ExchangeForm.STREAM);
        assertSame(reference, validate(FAST, input, ExchangeForm.STREAM));
        assertSame(reference, validate(PARALLEL, input, ExchangeForm.STREAM));
    }

    @Property(tries = 10)
    void broken_documents_give_the_reference_report(@ForAll("documents") byte[] input) {
        ValidationReport reference = validate(REFERENCE, input, ExchangeForm.DOCUMENT);
        assertSame(reference, validate(FAST, input, ExchangeForm.DOCUMENT));
    }

    @Provide
    Arbitrary<byte[]> streams() {
        return line().list().ofMaxSize(30).map(FastPathsTest::join);
    }

    @Provide
    Arbitrary<byte[]> documents() {
        return line().list().ofMaxSize(12).map(lines -> {
            StringBuilder s = new StringBuilder("{\"jisr\": \"1.0\", \"records\": [\n");
            for (int i = 0; i < lines.size(); i++) {
                s.append(i == 0 ? "" : ",\n").append(new String(lines.get(i), StandardCharsets.UTF_8));
            }
            return s.append("\n]}\n").toString().getBytes(StandardCharsets.UTF_8);
        });
    }

    private static byte[] join(List<byte[]> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] l : lines) {
            out.writeBytes(l);
            out.write('\n');
        }
        return out.toByteArray();
    }

    /** An example line, most often intact, otherwise broken by one of many small edits. */
    private static Arbitrary<byte[]> line() {
        Arbitrary<String> base = Arbitraries.of(LINES);
        Arbitrary<Integer> where = Arbitraries.integers().between(0, 100_000);
        Arbitrary<Integer> how = Arbitraries.integers().between(0, 28);
        return Combinators.combine(base, where, how).as(FastPathsTest::mutate);
    }

    private static byte[] mutate(String line, int where, int how) {
        int at = line.isEmpty() ? 0 : where % line.length();
        String s = switch (how) {
            case 0 -> line.substring(0, at) + line.substring(Math.min(line.length(), at + 1));
            case 1 -> line.substring(0, at) + "\"" + line.substring(at);
            case 2 -> line.substring(0, at) + "é" + line.substring(at);
            case 3 -> line.substring(0, at);
            case 4 -> line.replaceFirst("\\{", "{\"bogus\":1,");
            case 5 -> line.replaceFirst("\\{", "{\"id\":\"dup\",");
            case 6 -> line.replaceFirst("\"(fr|ar|en)\":", "\"xx-\":");
            case 7 -> line.replaceFirst("\"id\":\"[^\"]*\"", "\"id\":\"tn-commune-tunis\"");
            case 8 -> line.replaceFirst("\"type\":\"[A-Za-z]+\"", "\"type\":\"Nope\"");
            case 9 -> "";
            case 10 -> "   ";
            case 11 -> line + "\r";
            case 12 -> line.replaceFirst("\"[0-9]{4}-[0-9]{2}-[0-9]{2}\"", "\"2024-02-30\"");
            case 13 -> line.replaceFirst(":\"[^\"]*\"", ":12");
            case 14 -> line.replaceFirst(":\\[", ":[],\"x\":[");
            case 15 -> line.replaceFirst("\"country\":\"[A-Z]+\"", "\"country\":\"Tunisia\"");
            case 16 -> line + " {}";
            case 17 -> line.replace("\u0627", "\u200f\u0627");
            case 18 -> LINES.get(0);
            case 19 -> line.replaceFirst("\"[a-z-]+-[0-9]{4}-[0-9]{2}-[0-9]{2}\"", "\"missing-target\"");
            case 20 -> line.replaceFirst("\\]", ",\"\"]");
            // a duplicate name after the type, which the binder alone would not see
            case 22 -> line.replaceFirst("(\"type\":\"[A-Za-z]+\")", "$1,\"id\":\"dup\"");
            // an unpaired surrogate, escaped
            case 23 -> line.replaceFirst("\"(fr|en)\":\"", "\"$1\":\"\\\\ud800");
            // a number no decimal can hold
            case 24 -> line.replaceFirst("\"(amount|founded)\":[0-9.]+", "\"$1\":-1E+99999999912");
            // a paired surrogate, escaped: nothing to report
            case 25 -> line.replaceFirst("\"(fr|en)\":\"", "\"$1\":\"\\\\ud83d\\\\ude00");
            default -> line;
        };
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (how == 21 && bytes.length > 0) {
            // Bytes that are not UTF-8.
            bytes[at % bytes.length] = (byte) 0xC0;
        }
        return bytes;
    }
}
