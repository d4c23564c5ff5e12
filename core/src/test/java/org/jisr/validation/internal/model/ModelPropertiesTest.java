package org.jisr.validation.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.jisr.model.AuthorityKind;
import org.jisr.model.Identifier;
import org.jisr.model.LocalAuthority;
import org.jisr.model.MultilingualText;
import org.jisr.validation.FindingType;

/** Properties of the model layer, on records built with the model's own builders. */
class ModelPropertiesTest {

    private static final BeanValidationConstraints MODEL = new BeanValidationConstraints();

    record Reported(FindingType type, String pointer, java.util.Map<String, String> parameters) {
    }

    @Property(tries = 200)
    void exactly_one_check_digit_completes_a_siren(@ForAll @NumericChars @StringLength(8) String prefix) {
        long valid = IntStream.range(0, 10)
                .filter(d -> check(authority(MultilingualText.of("fr", "A"), Identifier.of("fr-siren", prefix + d)))
                        .isEmpty())
                .count();

        assertThat(valid).isEqualTo(1);
    }

    @Property(tries = 200)
    void one_changed_digit_always_breaks_a_siren(@ForAll @NumericChars @StringLength(8) String prefix,
            @ForAll @IntRange(max = 8) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
        String siren = IntStream.range(0, 10).mapToObj(d -> prefix + d)
                .filter(s -> IdentifierChecks.luhn(s)).findFirst().orElseThrow();
        char[] digits = siren.toCharArray();
        digits[position] = (char) ('0' + (digits[position] - '0' + shift) % 10);

        List<Reported> found = check(authority(MultilingualText.of("fr", "A"), Identifier.of("fr-siren",
                new String(digits))));

        assertThat(found).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo(ModelFindings.IDENTIFIER_CHECK_DIGIT);
            assertThat(r.pointer()).isEqualTo("/identifiers/0/value");
        });
    }

    @Property(tries = 300)
    void a_bidirectional_control_is_found_wherever_it_is(@ForAll @AlphaChars @StringLength(min = 1, max = 40) String text,
            @ForAll @IntRange(max = 40) int at, @ForAll("bidiControls") int control) {
        int position = Math.min(at, text.length());
        String tampered = text.substring(0, position) + Character.toString(control) + text.substring(position);

        List<Reported> found = check(authority(MultilingualText.of("en", tampered)));

        assertThat(found).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo(ModelFindings.TEXT_BIDI_CONTROL);
            assertThat(r.pointer()).isEqualTo("/name/en");
            assertThat(r.parameters()).containsEntry("index", String.valueOf(position + 1))
                    .containsEntry("codePoint", TextChecks.codePoint(control));
        });
    }

    @Property(tries = 300)
    void plain_latin_text_gives_nothing(@ForAll @AlphaChars @StringLength(min = 1, max = 60) String text) {
        assertThat(check(authority(MultilingualText.of("fr", text)))).isEmpty();
    }

    @Provide
    Arbitrary<Integer> bidiControls() {
        return Arbitraries.of(0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068,
                0x2069);
    }

    private static LocalAuthority authority(MultilingualText name, Identifier... identifiers) {
        LocalAuthority.Builder b = LocalAuthority.builder("a").name(name).kind(AuthorityKind.COMMUNE).country("FR");
        for (Identifier id : identifiers) {
            b.identifier(id);
        }
        return b.build();
    }

    private static List<Reported> check(LocalAuthority record) {
        List<Reported> found = new ArrayList<>();
        MODEL.check(record, (type, pointer, parameters) -> found.add(new Reported(type, pointer, parameters)));
        return found;
    }
}
