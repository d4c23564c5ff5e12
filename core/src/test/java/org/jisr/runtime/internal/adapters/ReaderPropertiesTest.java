package org.jisr.runtime.internal.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jisr.json.JisrJson;
import org.jisr.model.ExchangeDocument;
import org.jisr.model.JisrRecord;
import org.jisr.model.Samples;
import org.jisr.runtime.internal.BytesInput;
import org.jisr.spi.Adapter;
import org.jisr.spi.RecordReader;
import org.jisr.validation.Finding;

/** Whatever the bytes, the readers answer with records and located findings, never with an exception. */
class ReaderPropertiesTest {

    private static final JisrJson JSON = JisrJson.create();
    private static final ExchangeDocument DOC = Samples.document();
    private static final byte[] DOCUMENT = JSON.toBytes(DOC);
    private static final byte[] STREAM = JSON.toNdjson(DOC).getBytes(StandardCharsets.UTF_8);

    @Property(tries = 300)
    void the_json_reader_never_throws(@ForAll("damagedDocuments") byte[] input) {
        check(new JsonDocumentAdapter(), "in.json", input);
    }

    @Property(tries = 300)
    void the_ndjson_reader_never_throws(@ForAll("damagedStreams") byte[] input) {
        check(new NdjsonAdapter(), "in.ndjson", input);
    }

    private static void check(Adapter adapter, String name, byte[] input) {
        CollectingContext context = new CollectingContext();
        List<JisrRecord> records;
        try (RecordReader reader = adapter.openReader(new BytesInput(name, input), context)) {
            reader.metadata();
            records = Inputs.readAll(reader);
            reader.metadata();
            reader.locate("/id");
        }
        for (Finding f : context.findings) {
            assertThat(f.location().file()).isEqualTo(name);
            assertThat(f.code()).matches("(adapter|syntax)\\.[a-z-]+");
        }
        // Damage may change a value, never add a record.
        assertThat(records).hasSizeLessThanOrEqualTo(DOC.records().size());
    }

    @Provide
    Arbitrary<byte[]> damagedDocuments() {
        return damaged(DOCUMENT);
    }

    @Provide
    Arbitrary<byte[]> damagedStreams() {
        return damaged(STREAM);
    }

    /** Random bytes, and the valid bytes with a few changed, cut off, or with JSON tokens inserted. */
    private static Arbitrary<byte[]> damaged(byte[] valid) {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
        Arbitrary<byte[]> mutated = Combinators.combine(
                Arbitraries.integers().between(0, valid.length - 1).list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.bytes().list().ofSize(4),
                Arbitraries.integers().between(0, valid.length)).as((positions, values, length) -> {
                    byte[] bytes = valid.clone();
                    for (int i = 0; i < positions.size(); i++) {
                        bytes[positions.get(i)] = values.get(i);
                    }
                    return Arrays.copyOf(bytes, length);
                });
        Arbitrary<byte[]> structural = Combinators.combine(
                Arbitraries.integers().between(0, valid.length - 1),
                Arbitraries.of("null", "{", "}", "[", "]", ",", ":", "\"", "\\", "\n", "\n\n", "1E+999999999", "-",
                        "\"\\ud800\"", "{\"a\":1,\"a\":2}", "true", "\u0000", "\uFEFF", "{\"type\":\"Header\"}\n",
                        "\"records\": [],")).as((at, insert) -> {
                    byte[] tail = insert.getBytes(StandardCharsets.UTF_8);
                    byte[] bytes = Arrays.copyOf(valid, valid.length + tail.length);
                    System.arraycopy(valid, at, bytes, at + tail.length, valid.length - at);
                    System.arraycopy(tail, 0, bytes, at, tail.length);
                    return bytes;
                });
        return Arbitraries.oneOf(random, mutated, structural);
    }
}
