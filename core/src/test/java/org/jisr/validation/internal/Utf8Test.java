package org.jisr.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Utf8} agrees with Java's strict UTF-8 decoder, which the engine used before it. */
class Utf8Test {

    private static boolean decodes(byte[] bytes, int length) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Property(tries = 3000)
    void agrees_with_the_decoder_on_any_bytes(@ForAll("bytes") byte[] bytes) {
        assertThat(Utf8.isValid(bytes, bytes.length)).isEqualTo(decodes(bytes, bytes.length));
    }

    @Property(tries = 3000)
    void agrees_with_the_decoder_on_text_with_a_changed_byte(@ForAll @Size(max = 40) String text,
            @ForAll @IntRange(max = 200) int at, @ForAll byte value, @ForAll @IntRange(max = 200) int cut) {
        byte[] bytes = ("{\"ar\":\"تونس\"," + text + "}").getBytes(StandardCharsets.UTF_8);
        bytes[at % bytes.length] = value;
        int length = Math.min(bytes.length, cut + 1);

        assertThat(Utf8.isValid(bytes, length)).isEqualTo(decodes(bytes, length));
    }

    @Property(tries = 3000)
    void finds_a_unicode_escape_where_a_plain_search_does(@ForAll("escapes") String text, @ForAll @IntRange(max = 80) int cut) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int length = Math.min(bytes.length, cut);
        String seen = new String(bytes, 0, length, StandardCharsets.ISO_8859_1);

        assertThat(Utf8.hasUnicodeEscape(bytes, length)).as(seen).isEqualTo(seen.contains("\\u"));
    }

    @Provide
    Arbitrary<String> escapes() {
        return Arbitraries.of("\\", "u", "\\u", "a", "\"", "é", "\\n", "00e9", " ").list().ofMaxSize(30)
                .map(parts -> String.join("", parts));
    }

    @ParameterizedTest
    @ValueSource(strings = {"C0AF", "E080AF", "F08080AF", "EDA080", "EDBFBF", "F4908080", "F5808080", "80", "C2",
            "E0A0", "F0908080", "EFBFBF", "F48FBFBF", "DFBF", "E0A080", "EE8080"})
    void the_edges_of_the_encoding(String hex) {
        byte[] bytes = java.util.HexFormat.of().parseHex(hex);

        assertThat(Utf8.isValid(bytes, bytes.length)).as(hex).isEqualTo(decodes(bytes, bytes.length));
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<Byte> interesting = Arbitraries.of((byte) 0x41, (byte) 0x80, (byte) 0xBF, (byte) 0xC0, (byte) 0xC2,
                (byte) 0xDF, (byte) 0xE0, (byte) 0xED, (byte) 0xEF, (byte) 0xF0, (byte) 0xF4, (byte) 0xF5, (byte) 0xFF,
                (byte) 0x8F, (byte) 0x90, (byte) 0x9F, (byte) 0xA0);
        return Arbitraries.oneOf(interesting, Arbitraries.bytes()).array(byte[].class).ofMaxSize(12);
    }
}
