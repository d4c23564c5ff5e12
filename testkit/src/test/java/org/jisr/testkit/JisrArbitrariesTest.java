package org.jisr.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.jisr.json.JisrJson;
import org.jisr.model.ExchangeDocument;
import org.jisr.model.Identifier;
import org.jisr.model.MultilingualText;
import org.jisr.model.TimeSpan;
import org.jisr.validation.Layer;
import org.jisr.validation.Severity;
import org.jisr.validation.ValidationReport;
import org.jisr.validation.Validator;
import org.junit.jupiter.api.Test;

/** The generators keep the promises their Javadoc makes. */
class JisrArbitrariesTest {

    private static final Validator VALIDATOR = Validator.builder().build();
    private static final JisrJson JSON = JisrJson.create();
    private static final Pattern ARABIC = Pattern.compile("[\\p{IsArabic} ]+");

    @Test
    void luhn_check_digit_matches_known_siren_numbers() {
        // SIREN of the communes of Marseille and Nice, from the COG data (@etalab/decoupage-administratif 6.0.0).
        assertThat(JisrArbitraries.withLuhn("21130055")).isEqualTo("211300553");
        assertThat(JisrArbitraries.withLuhn("21060088")).isEqualTo("210600888");
    }

    @Property
    void luhn_numbers_pass_the_luhn_check(@ForAll @NumericChars @StringLength(min = 1, max = 20) String digits) {
        assertThat(luhnValid(JisrArbitraries.withLuhn(digits))).isTrue();
    }

    @Property
    void generated_sirens_and_sirets_have_a_valid_check_digit(@ForAll Identifier id) {
        if (id.scheme().equals(Identifier.FR_SIREN) || id.scheme().equals(Identifier.FR_SIRET)) {
            assertThat(luhnValid(id.value())).as(id.value()).isTrue();
        }
        if (id.scheme().equals(Identifier.FR_SIRET)) {
            assertThat(luhnValid(id.value().substring(0, 9))).as("SIREN part of " + id.value()).isTrue();
        }
    }

    @Property(tries = 100)
    void generated_documents_pass_the_schema_and_model_checks(@ForAll ExchangeDocument document) {
        ValidationReport report = VALIDATOR.validateText(JSON.toJson(document), "generated.json");
        List<String> errors = report.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR && f.layer() != Layer.RULE)
                .map(f -> f.code() + " " + f.location() + " " + f.parameters())
                .toList();
        assertThat(errors).isEmpty();
    }

    @Property
    void arabic_texts_are_in_arabic_script(@ForAll MultilingualText text) {
        text.get("ar").ifPresent(ar -> assertThat(ar).matches(ARABIC));
        text.get("ar-TN").ifPresent(ar -> assertThat(ar).matches(ARABIC));
    }

    @Property
    void periods_never_end_before_they_start(@ForAll TimeSpan span) {
        if (span.end() instanceof LocalDate end) {
            assertThat(end).isAfterOrEqualTo((LocalDate) span.start());
        } else if (span.end() instanceof OffsetDateTime end) {
            assertThat(end.toInstant()).isAfterOrEqualTo(((OffsetDateTime) span.start()).toInstant());
        }
    }

    private static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
