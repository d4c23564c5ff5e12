package org.jisr.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.jisr.model.AuthorityKind;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.ExchangeDocument;
import org.jisr.model.Extensions;
import org.jisr.model.JsonValue;
import org.jisr.model.LocalAuthority;
import org.jisr.model.MultilingualText;
import org.jisr.model.Samples;

/** Round trips and the reader's robustness over generated inputs. */
class CodecPropertiesTest {

    private static final byte[] VALID = JisrJson.create().toBytes(Samples.document());

    private final JisrJson json = JisrJson.create();

    @Property(tries = 200)
    void any_text_round_trips_in_a_multilingual_text_and_in_extensions(@ForAll("texts") String text) {
        JsonValue.ObjectValue extension = JsonValue.ObjectValue.of(Map.of(text, new JsonValue.StringValue(text)));
        LocalAuthority authority = LocalAuthority.builder("a")
                .name(MultilingualText.of("ar", text, "fr", text + "!"))
                .kind(AuthorityKind.COMMUNE)
                .country("TN")
                .extensions(Extensions.of(Map.of("x", extension)))
                .build();
        ExchangeDocument doc = new ExchangeDocument(
                new DocumentMetadata(null, null, null, null, MultilingualText.of("en", text), null, Extensions.NONE),
                List.of(authority));

        assertThat(json.readDocument(json.toJson(doc))).isEqualTo(doc);
        assertThat(json.readStream(new ByteArrayInputStream(json.toNdjson(doc).getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(doc);
    }

    @Property(tries = 200)
    void any_number_in_extensions_round_trips(@ForAll("decimals") BigDecimal number) {
        JsonValue.NumberValue value = new JsonValue.NumberValue(number);
        ExchangeDocument doc = new ExchangeDocument(new DocumentMetadata(null, null, null, null, null, null,
                Extensions.of(Map.of("x", JsonValue.ObjectValue.of(Map.of("n", value))))), List.of());

        ExchangeDocument read = json.readDocument(json.toJson(doc));

        assertThat(read.metadata().extensions().get("x").orElseThrow().members().get("n")).isEqualTo(value);
    }

    @Property(tries = 200)
    void arbitrary_bytes_give_a_document_or_invalid_json_and_nothing_else(@ForAll("inputs") byte[] input) {
        try {
            json.readDocument(new ByteArrayInputStream(input));
        } catch (Throwable t) {
            assertThat(t).as("reading %s", new String(input, StandardCharsets.UTF_8))
                    .isExactlyInstanceOf(InvalidJsonException.class);
        }
    }

    // ---- generators

    /** Any string without unpaired surrogates, weighted towards the characters that matter. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(0x0600, 0x06FF)),     // Arabic
                Tuple.of(2, Arbitraries.integers().between(0x1F300, 0x1FAFF)),   // emoji: surrogate pairs
                Tuple.of(2, Arbitraries.integers().between(0, 0x1F)),             // controls
                Tuple.of(2, Arbitraries.of((int) '"', (int) '\\', (int) '/', 0x7F, 0x2028, 0x2029,
                        0x200F, 0x202E, 0xFEFF, 0xFFFD)),
                Tuple.of(3, Arbitraries.integers().between(0x20, 0x7E)),
                Tuple.of(2, Arbitraries.integers().between(0, 0x10FFFF)
                        .filter(c -> c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE)));
        return codePoint.list().ofMinSize(1).ofMaxSize(30).map(points -> {
            StringBuilder s = new StringBuilder();
            points.forEach(s::appendCodePoint);
            return s.toString();
        });
    }

    /** Decimals of every sign and scale, negative scales included (1E+3). */
    @Provide
    Arbitrary<BigDecimal> decimals() {
        BigInteger bound = BigInteger.TEN.pow(40);
        return Combinators.combine(Arbitraries.bigIntegers().between(bound.negate(), bound),
                Arbitraries.integers().between(-60, 60)).as(BigDecimal::new);
    }

    /** Random bytes, and the bytes of a valid document with a few of them changed or cut off. */
    @Provide
    Arbitrary<byte[]> inputs() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
        Arbitrary<byte[]> mutated = Combinators.combine(
                Arbitraries.integers().between(0, VALID.length - 1).list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.bytes().list().ofSize(4),
                Arbitraries.integers().between(1, VALID.length)).as((positions, values, length) -> {
                    byte[] bytes = VALID.clone();
                    for (int i = 0; i < positions.size(); i++) {
                        bytes[positions.get(i)] = values.get(i);
                    }
                    return Arrays.copyOf(bytes, length);
                });
        Arbitrary<byte[]> structural = Combinators.combine(
                Arbitraries.integers().between(0, VALID.length - 1),
                Arbitraries.of("null", "{", "}", "[", "]", ",", ":", "\"", "\\", "1E+999999999", "-", "\"\\ud800\"",
                        "{\"a\":1,\"a\":2}", "true", "\u0000", "\uFEFF")).as((at, insert) -> {
                    byte[] tail = insert.getBytes(StandardCharsets.UTF_8);
                    byte[] bytes = Arrays.copyOf(VALID, VALID.length + tail.length);
                    System.arraycopy(VALID, at, bytes, at + tail.length, VALID.length - at);
                    System.arraycopy(tail, 0, bytes, at, tail.length);
                    return bytes;
                });
        return Arbitraries.oneOf(random, mutated, structural);
    }
}
