package org.jisr.adapter.ics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jisr.validation.ReadLimits;
import org.junit.jupiter.api.Test;

/**
 * Folding at 75 octets and TEXT escaping, for any text: every physical line holds at most 75
 * octets and is valid UTF-8 on its own, and unfolding (the reader's, at the byte level) gives the
 * original line back, so a property's value reads back as it was written.
 */
class FoldingPropertiesTest {

    @Property(tries = 300)
    void a_folded_line_has_lines_of_at_most_75_valid_utf8_octets_and_unfolds_to_the_original(
            @ForAll("lines") String line) throws CharacterCodingException {
        byte[] folded = Folding.fold(line);

        List<byte[]> physical = physicalLines(folded);
        ByteArrayOutputStream unfolded = new ByteArrayOutputStream();
        for (int i = 0; i < physical.size(); i++) {
            byte[] p = physical.get(i);
            assertThat(p.length).as("octets of line %d", i + 1).isLessThanOrEqualTo(Folding.MAX_OCTETS);
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(p));
            if (i > 0) {
                assertThat(p[0]).as("a continuation line starts with a space").isEqualTo((byte) ' ');
                unfolded.write(p, 1, p.length - 1);
            } else {
                unfolded.writeBytes(p);
            }
        }
        assertThat(unfolded.toString(StandardCharsets.UTF_8)).isEqualTo(line);
    }

    @Property(tries = 300)
    void any_text_reads_back_from_a_folded_escaped_property(@ForAll("texts") String text) {
        String clean = IcsText.withoutControls(text);
        byte[] bytes = Folding.fold("SUMMARY;LANGUAGE=" + IcsText.parameter("ar-TN") + ":" + IcsText.escape(clean));

        Optional<ContentLine> read = new ContentLineReader(new ByteArrayInputStream(bytes), ReadLimits.DEFAULTS,
                ContentLineReader.Problems.NONE).next();

        assertThat(read).hasValueSatisfying(l -> {
            assertThat(l.name()).isEqualTo("SUMMARY");
            assertThat(l.parameter("LANGUAGE")).contains("ar-TN");
            assertThat(IcsText.unescape(l.value())).isEqualTo(clean);
        });
    }

    @Property(tries = 200)
    void any_parameter_value_reads_back(@ForAll("texts") String value) {
        String clean = IcsText.withoutControls(value).replace("\t", " ");
        byte[] bytes = Folding.fold("X-JISR-PARTICIPANT;X-JISR-ROLE=" + IcsText.parameter(clean) + ":x");

        Optional<ContentLine> read = new ContentLineReader(new ByteArrayInputStream(bytes), ReadLimits.DEFAULTS,
                ContentLineReader.Problems.NONE).next();

        assertThat(read).hasValueSatisfying(l -> assertThat(l.parameter("X-JISR-ROLE")).contains(clean));
    }

    @Test
    void a_character_is_never_split_even_when_it_would_end_exactly_at_the_limit() {
        // 74 ASCII octets, then a 4-octet emoji: it does not fit on the first line, whole.
        String line = "X".repeat(74) + "🤝" + "é".repeat(40);

        List<byte[]> physical = physicalLines(Folding.fold(line));

        assertThat(physical.get(0)).hasSize(74);
        assertThat(new String(physical.get(1), StandardCharsets.UTF_8)).startsWith(" 🤝é");
        assertThat(physical).allSatisfy(p -> assertThat(p.length).isLessThanOrEqualTo(75));
    }

    @Test
    void text_escapes_follow_rfc_5545_and_parameters_rfc_6868() {
        assertThat(IcsText.escape("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
        assertThat(IcsText.unescape("a\\,b\\;c\\\\d\\ne\\Nf")).isEqualTo("a,b;c\\d\ne\nf");
        assertThat(IcsText.parameter("George Herman \"Babe\" Ruth")).isEqualTo("George Herman ^'Babe^' Ruth");
        assertThat(IcsText.parameter("2024-12-10T09:00+05:30")).isEqualTo("\"2024-12-10T09:00+05:30\"");
        assertThat(IcsText.decodeParameter("^^^'^n^a")).isEqualTo("^\"\n^a");
        assertThat(IcsText.splitList("Meeting\\, John,Work\\, Sarah,Project"))
                .containsExactly("Meeting, John", "Work, Sarah", "Project");
    }

    @Provide
    Arbitrary<String> lines() {
        // A content line as the writer makes it: escaped, so without a line break of its own.
        return texts().map(t -> "DESCRIPTION:" + IcsText.escape(IcsText.withoutControls(t)));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> tricky = Arbitraries.of(",", ";", "\\", ":", "\"", "^", "\n", "\t", " ", "é", "ورشة عمل",
                "🤝🏽", "日本", "\\n", "^n", "\r");
        Arbitrary<String> codePoints = Arbitraries.integers().between(0x20, 0x10FFFF)
                .filter(cp -> cp < 0xD800 || cp > 0xDFFF).list().ofMaxSize(40)
                .map(cps -> new String(cps.stream().mapToInt(Integer::intValue).toArray(), 0, cps.size()));
        return Arbitraries.oneOf(tricky, codePoints).list().ofMaxSize(12).map(parts -> String.join("", parts));
    }

    /** The lines of a folded content line, without their CR LF (which each must end with). */
    private static List<byte[]> physicalLines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                assertThat(i).isPositive();
                assertThat(bytes[i - 1]).as("LF comes after CR").isEqualTo((byte) '\r');
                lines.add(Arrays.copyOfRange(bytes, start, i - 1));
                start = i + 1;
            } else if (bytes[i] == '\r') {
                assertThat(i + 1 < bytes.length && bytes[i + 1] == '\n').as("CR comes before LF").isTrue();
            }
        }
        assertThat(start).as("ends with CR LF").isEqualTo(bytes.length);
        return lines;
    }
}
