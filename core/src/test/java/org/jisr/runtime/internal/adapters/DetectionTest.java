package org.jisr.runtime.internal.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jisr.runtime.internal.adapters.Inputs.authority;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.jisr.json.JisrJson;
import org.jisr.model.Samples;
import org.jisr.runtime.internal.BytesInput;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.Detection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** How sure each canonical adapter is, by name and first bytes. */
class DetectionTest {

    private static final JisrJson JSON = JisrJson.create();
    private static final String DOCUMENT = JSON.toJson(Samples.document());
    private static final String STREAM = JSON.toNdjson(Samples.document());
    private static final String RECORDS_ONLY = authority("a") + "\n" + authority("b") + "\n";

    private final JsonDocumentAdapter json = new JsonDocumentAdapter();
    private final NdjsonAdapter ndjson = new NdjsonAdapter();

    /** The input an adapter may only peek at: opening it fails the test. */
    private static AdapterInput peekOnly(String name, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return new AdapterInput() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<Path> path() {
                return Optional.empty();
            }

            @Override
            public InputStream openStream() {
                throw new AssertionError("detection must only peek");
            }

            @Override
            public byte[] peek(int max) {
                return Arrays.copyOf(bytes, Math.min(max, bytes.length));
            }
        };
    }

    private static String content(String which) {
        return switch (which) {
            case "document" -> DOCUMENT;
            case "one-line-document" -> "{\"jisr\":\"1.0\",\"records\":[]}";
            case "stream" -> STREAM;
            case "records" -> RECORDS_ONLY;
            case "unknown-type" -> "{\"type\":\"Spaceship\",\"id\":\"x\"}\n";
            case "pretty-record" -> "{\n  \"type\": \"Event\",\n  \"id\": \"e\"\n}\n";
            case "object" -> "{\"hello\": \"world\"}";
            case "array" -> "[1, 2, 3]";
            case "csv" -> "type;id\nLocalAuthority;a\n";
            case "empty" -> "";
            case "blank" -> " \n\t ";
            case "bom-document" -> "\uFEFF" + DOCUMENT;
            case "long-first-line" -> authority("a", id -> ", \"website\": \"https://example.org/" + "x".repeat(20_000)
                    + "\"") + "\n";
            default -> throw new IllegalArgumentException(which);
        };
    }

    @ParameterizedTest(name = "{0} named {1}: json {2}, ndjson {3}")
    @CsvSource({
            "document,          x.json,    0.95, 0",
            "document,          x.txt,     0.85, 0",
            "document,          x.ndjson,  0.85, 0.1",
            "bom-document,      x.json,    0.95, 0",
            "one-line-document, x.json,    0.95, 0",
            "one-line-document, x,         0.85, 0",
            "stream,            x.ndjson,  0,    0.95",
            "stream,            x.jsonl,   0,    0.95",
            "stream,            x.json,    0.1,  0.85",
            "stream,            x,         0,    0.85",
            "records,           x.NDJSON,  0,    0.95",
            "long-first-line,   x.ndjson,  0,    0.9",
            "long-first-line,   x,         0,    0.75",
            "unknown-type,      x.ndjson,  0,    0.4",
            "unknown-type,      x,         0,    0.1",
            "pretty-record,     x.ndjson,  0,    0.1",
            "pretty-record,     x.json,    0.1,  0",
            "object,            x.json,    0.4,  0.05",
            "object,            x.ndjson,  0.1,  0.4",
            "object,            x,         0.1,  0.05",
            "array,             x.json,    0,    0",
            "csv,               x.json,    0,    0",
            "empty,             x.json,    0,    0",
            "empty,             x.ndjson,  0,    0.5",
            "blank,             x.ndjson,  0,    0.5",
            "empty,             x,         0,    0",
    })
    void confidence(String which, String name, double jsonConfidence, double ndjsonConfidence) {
        AdapterInput input = peekOnly(name, content(which));

        Detection j = json.detect(input);
        Detection n = ndjson.detect(input);

        assertThat(j.confidence()).as("json: %s", j.reason()).isEqualTo(jsonConfidence);
        assertThat(n.confidence()).as("ndjson: %s", n.reason()).isEqualTo(ndjsonConfidence);
        assertThat(j.reason()).isNotBlank();
        assertThat(n.reason()).isNotBlank();
    }

    @Test
    void each_adapter_is_the_surest_of_its_own_examples() throws Exception {
        for (String file : new String[] {"workshop-2024-12-10.json", "twinnings-fr-tn.json"}) {
            AdapterInput input = Inputs.resource(file);
            assertThat(json.detect(input).confidence()).isGreaterThan(ndjson.detect(input).confidence())
                    .isGreaterThanOrEqualTo(0.9);
        }
        AdapterInput stream = Inputs.resource("workshop-2024-12-10.ndjson");
        assertThat(ndjson.detect(stream).confidence()).isGreaterThan(json.detect(stream).confidence())
                .isGreaterThanOrEqualTo(0.9);
        // Without a name to go by, the content decides.
        AdapterInput unnamed = new BytesInput("stdin", stream.peek(1 << 20));
        assertThat(ndjson.detect(unnamed).confidence()).isGreaterThan(json.detect(unnamed).confidence());
    }
}
