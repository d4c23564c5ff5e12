package org.jisr.validation.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jisr.validation.Finding;
import org.jisr.validation.FindingType;
import org.jisr.validation.Layer;
import org.jisr.validation.Severity;
import org.jisr.validation.ValidationReport;
import org.jisr.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The model layer through the real {@link Validator}, on small exchange documents: each
 * constraint gives its code, severity, JSON Pointer, line, column and parameters, and nothing
 * else; values that are right give nothing.
 *
 * <p>JSON escapes ({@code \\u200B} in the Java source) keep the invisible characters visible
 * here; each expected line and column is computed from the text, at the value named.
 */
class ModelLayerTest {

    private static final Validator VALIDATOR = Validator.builder().discoverRules(false).build();

    // ---- identifiers

    @Test
    void a_siren_with_a_wrong_check_digit_is_an_error_at_its_value() {
        String doc = document("""
                {"type": "LocalAuthority", "id": "marseille", "kind": "commune", "country": "FR",
                 "name": {"fr": "Marseille"},
                 "identifiers": [
                   {"scheme": "fr-siren", "value": "211300553"},
                   {"scheme": "fr-siren", "value": "211300554"}
                 ]}""");

        assertSingle(doc, ModelFindings.IDENTIFIER_CHECK_DIGIT, Severity.ERROR, "/records/0/identifiers/1/value",
                "\"211300554\"", "scheme", "fr-siren", "value", "211300554");
    }

    @ParameterizedTest
    @CsvSource({
            "21130055300016, true", // Marseille's town hall: Luhn
            "21130055300017, false", // one digit off
            "21130055400006, false", // Luhn right over 14 digits, but the SIREN in it is wrong
            "35600000000048, true", // La Poste's head office: Luhn
            "35600000010000, true", // a La Poste establishment: digits add up to a multiple of 5
            "35600000010001, false"})
    void a_siret_needs_a_valid_siren_and_a_valid_check_digit(String siret, boolean valid) {
        String doc = document("""
                {"type": "Organization", "id": "o", "kind": "company", "name": {"fr": "O"},
                 "identifiers": [{"scheme": "fr-siret", "value": "%s"}]}""".formatted(siret));

        if (valid) {
            assertThat(modelFindings(doc)).isEmpty();
        } else {
            assertSingle(doc, ModelFindings.IDENTIFIER_CHECK_DIGIT, Severity.ERROR, "/records/0/identifiers/0/value",
                    "\"" + siret + "\"", "scheme", "fr-siret", "value", siret);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "fr-insee-cog-departement, 13, true",
            "fr-insee-cog-departement, 01, true",
            "fr-insee-cog-departement, 2A, true",
            "fr-insee-cog-departement, 2B, true",
            "fr-insee-cog-departement, 95, true",
            "fr-insee-cog-departement, 971, true",
            "fr-insee-cog-departement, 976, true",
            "fr-insee-cog-departement, 20, false", // Corsica before 1976
            "fr-insee-cog-departement, 00, false",
            "fr-insee-cog-departement, 96, false",
            "fr-insee-cog-departement, 99, false",
            "fr-insee-cog-departement, 975, false", // Saint-Pierre-et-Miquelon is no longer a département
            "fr-insee-cog-departement, 978, false",
            "fr-insee-cog-commune, 13055, true", // Marseille
            "fr-insee-cog-commune, 75101, true", // Paris 1er arrondissement
            "fr-insee-cog-commune, 2A004, true", // Ajaccio
            "fr-insee-cog-commune, 97105, true", // Basse-Terre
            "fr-insee-cog-commune, 97502, true", // Saint-Pierre
            "fr-insee-cog-commune, 98818, true", // Nouméa
            "fr-insee-cog-commune, 13000, false", // Marseille's postcode
            "fr-insee-cog-commune, 20004, false",
            "fr-insee-cog-commune, 96001, false",
            "fr-insee-cog-commune, 00001, false",
            "fr-insee-cog-commune, 97100, false",
            "fr-insee-cog-commune, 97901, false",
            "fr-insee-cog-region, 93, true",
            "fr-insee-cog-region, 84, true",
            "fr-insee-cog-region, 06, true",
            "fr-insee-cog-region, 21, true", // Champagne-Ardenne, before 2016
            "fr-insee-cog-region, 05, false",
            "fr-insee-cog-region, 99, false"})
    void an_insee_code_must_be_one_that_can_exist(String scheme, String value, boolean valid) {
        String doc = document("""
                {"type": "LocalAuthority", "id": "a", "kind": "other", "country": "FR", "name": {"fr": "A"},
                 "identifiers": [{"scheme": "%s", "value": "%s"}]}""".formatted(scheme, value));

        if (valid) {
            assertThat(modelFindings(doc)).isEmpty();
        } else {
            assertSingle(doc, ModelFindings.UNKNOWN_INSEE_CODE, Severity.ERROR, "/records/0/identifiers/0/value",
                    "\"" + value + "\"", "scheme", scheme, "value", value);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "iso-3166-2, TN-11, true", // Tunis
            "iso-3166-2, TN-83, true", // Tataouine
            "iso-3166-2, TN-14, true", // Manouba
            "iso-3166-2, FR-IDF, true", // other countries' subdivisions are left to reference data
            "iso-3166-2, TN-15, false",
            "iso-3166-2, TN-10, false",
            "iso-3166-2, TN-A1, false",
            "iso-3166-2, XX-01, false",
            "iso-3166-2, UK-ENG, false",
            "tn-municipality, TN-51-001, true",
            "tn-municipality, TN-99-001, false",
            "tn-municipality, TN-00-012, false"})
    void a_subdivision_code_must_name_a_subdivision(String scheme, String value, boolean valid) {
        String doc = document("""
                {"type": "LocalAuthority", "id": "a", "kind": "governorate", "country": "TN", "name": {"fr": "A"},
                 "identifiers": [{"scheme": "%s", "value": "%s"}]}""".formatted(scheme, value));

        if (valid) {
            assertThat(modelFindings(doc)).isEmpty();
        } else {
            assertSingle(doc, ModelFindings.UNKNOWN_SUBDIVISION, Severity.ERROR, "/records/0/identifiers/0/value",
                    "\"" + value + "\"", "scheme", scheme, "value", value);
        }
    }

    @Test
    void other_schemes_are_the_schema_s_business() {
        String doc = document("""
                {"type": "LocalAuthority", "id": "a", "kind": "commune", "country": "TN", "name": {"fr": "A"},
                 "identifiers": [
                   {"scheme": "tn-onshor-5", "value": "99999"},
                   {"scheme": "tn-ins-4", "value": "0000"},
                   {"scheme": "wikidata", "value": "Q23482"},
                   {"scheme": "uri", "value": "https://example.org/a"},
                   {"scheme": "x-sousse-erp", "value": "anything at all"}
                 ]}""");

        assertThat(modelFindings(doc)).isEmpty();
    }

    // ---- countries, currencies, money

    @Test
    void a_country_code_must_name_a_country_wherever_it_is() {
        String doc = document("""
                {"type": "Event", "id": "e", "kind": "visit", "title": {"fr": "Visite"},
                 "period": {"start": "2024-12-09"},
                 "venue": {"country": "XX"},
                 "participants": [
                   {"group": {"name": {"fr": "des associations"}, "country": "UK"}, "role": "participant"}
                 ]}""");

        List<Finding> findings = modelFindings(doc);

        assertThat(findings).hasSize(2);
        assertFinding(doc, findings.get(0), ModelFindings.UNKNOWN_COUNTRY, Severity.ERROR,
                "/records/0/participants/0/group/country", "\"UK\"", "country", "UK");
        assertFinding(doc, findings.get(1), ModelFindings.UNKNOWN_COUNTRY, Severity.ERROR, "/records/0/venue/country",
                "\"XX\"", "country", "XX");
    }

    @Test
    void the_country_of_an_authority_and_of_an_organisation_is_checked_too() {
        String doc = """
                {"jisr": "1.0", "records": [
                {"type": "LocalAuthority", "id": "a", "kind": "commune", "name": {"fr": "A"},
                 "country": "EU"},
                {"type": "Organization", "id": "o", "kind": "ngo", "name": {"fr": "O"},
                 "country": "ZZ", "place": {"country": "TN"}}
                ]}""";

        List<Finding> findings = modelFindings(doc);

        assertThat(findings).hasSize(2);
        assertFinding(doc, findings.get(0), ModelFindings.UNKNOWN_COUNTRY, Severity.ERROR, "/records/0/country",
                "\"EU\"", "country", "EU");
        assertFinding(doc, findings.get(1), ModelFindings.UNKNOWN_COUNTRY, Severity.ERROR, "/records/1/country",
                "\"ZZ\"", "country", "ZZ");
    }

    @Test
    void a_currency_code_must_name_a_currency() {
        String doc = document("""
                {"type": "Project", "id": "p", "title": {"fr": "P"},
                 "funding": [
                   {"funder": "f"},
                   {"amount": {"amount": 1000, "currency": "EUR"}},
                   {"amount": {"amount": 1000, "currency": "TDN"}}
                 ]}""");

        assertSingle(doc, ModelFindings.UNKNOWN_CURRENCY, Severity.ERROR, "/records/0/funding/2/amount/currency",
                "\"TDN\"", "currency", "TDN");
    }

    @ParameterizedTest
    @CsvSource({
            "12.345, EUR, 2",
            "0.001, EUR, 2",
            "1.2345, TND, 3",
            "100.5, JPY, 0"})
    void an_amount_has_no_more_decimals_than_its_currency_has_minor_units(String amount, String currency,
            String minor) {
        String doc = document("""
                {"type": "Project", "id": "p", "title": {"fr": "P"},
                 "budget": {"amount": %s, "currency": "%s"}}""".formatted(amount, currency));

        assertSingle(doc, ModelFindings.MONEY_MINOR_UNITS, Severity.ERROR, "/records/0/budget/amount", amount,
                "amount", amount, "currency", currency, "minorUnits", minor);
    }

    @ParameterizedTest
    @CsvSource({"15000.00, EUR", "15000, EUR", "12.340, EUR", "1234.567, TND", "100, JPY", "100.00, JPY",
            "0.12345, XAU"})
    void amounts_within_the_minor_units_are_fine(String amount, String currency) {
        String doc = document("""
                {"type": "Project", "id": "p", "title": {"fr": "P"},
                 "budget": {"amount": %s, "currency": "%s"}}""".formatted(amount, currency));

        assertThat(modelFindings(doc)).isEmpty();
    }

    // ---- periods

    @Test
    void a_period_of_days_must_not_end_before_it_starts() {
        String doc = document("""
                {"type": "Event", "id": "e", "kind": "visit", "title": {"fr": "Visite"},
                 "period": {"start": "2024-12-11", "end": "2024-12-09", "timeZone": "Africa/Tunis"}}""");

        assertSingle(doc, ModelFindings.PERIOD_ORDER, Severity.ERROR, "/records/0/period/end", "\"2024-12-09\"",
                "start", "2024-12-11", "end", "2024-12-09");
    }

    @Test
    void date_times_are_compared_as_instants() {
        String reversed = document("""
                {"type": "Event", "id": "e", "kind": "workshop", "title": {"fr": "Atelier"},
                 "period": {"start": "2024-12-10T10:00:00+01:00", "end": "2024-12-10T09:30:00+01:00"}}""");
        String ordered = document("""
                {"type": "Event", "id": "e", "kind": "workshop", "title": {"fr": "Atelier"},
                 "period": {"start": "2024-12-10T10:00:00+01:00", "end": "2024-12-10T09:30:00Z"}}""");
        String instant = document("""
                {"type": "Event", "id": "e", "kind": "workshop", "title": {"fr": "Atelier"},
                 "period": {"start": "2024-12-10T10:00:00+01:00", "end": "2024-12-10T09:00:00Z"}}""");

        assertSingle(reversed, ModelFindings.PERIOD_ORDER, Severity.ERROR, "/records/0/period/end",
                "\"2024-12-10T09:30:00+01:00\"", "start", "2024-12-10T10:00:00+01:00", "end", "2024-12-10T09:30:00+01:00");
        assertThat(modelFindings(ordered)).isEmpty();
        assertThat(modelFindings(instant)).isEmpty();
    }

    @Test
    void the_periods_of_partnerships_and_projects_are_checked_too() {
        String doc = """
                {"jisr": "1.0", "records": [
                {"type": "Partnership", "id": "t", "kind": "twinning", "parties": ["a", "b"],
                 "period": {"start": "2020-01-01", "end": "2019-12-31"}},
                {"type": "Project", "id": "p", "title": {"fr": "P"},
                 "period": {"start": "2021-06-01", "end": "2021-05-01"}}
                ]}""";

        List<Finding> findings = modelFindings(doc);

        assertThat(findings).hasSize(2);
        assertFinding(doc, findings.get(0), ModelFindings.PERIOD_ORDER, Severity.ERROR, "/records/0/period/end",
                "\"2019-12-31\"", "start", "2020-01-01", "end", "2019-12-31");
        assertFinding(doc, findings.get(1), ModelFindings.PERIOD_ORDER, Severity.ERROR, "/records/1/period/end",
                "\"2021-05-01\"", "start", "2021-06-01", "end", "2021-05-01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30", "2023-02-29", "2024-13-01", "2024-04-31", "2024-12-10T25:00:00+01:00",
            "2024-12-10T09:60:00+01:00", "2024-12-10T09:00:00+25:00"})
    void a_date_that_is_not_in_the_calendar_is_an_error_at_the_date(String date) {
        String doc = """
                {"jisr": "1.0", "records": [
                {"type": "Event", "id": "e", "kind": "visit", "title": {"fr": "Visite"},
                 "period": {"start": "%s"}},
                {"type": "LocalAuthority", "id": "b", "kind": "commune", "country": "UK", "name": {"fr": "B"}}
                ]}""".formatted(date);

        List<Finding> findings = modelFindings(doc);

        assertThat(findings).hasSize(2);
        assertFinding(doc, findings.get(0), org.jisr.validation.internal.EngineFindings.IMPOSSIBLE_DATE,
                Severity.ERROR, "/records/0/period/start", "\"" + date + "\"", "value", date);
        assertFinding(doc, findings.get(1), ModelFindings.UNKNOWN_COUNTRY, Severity.ERROR, "/records/1/country",
                "\"UK\"", "country", "UK");
    }

    @Test
    void the_twenty_ninth_of_february_of_a_leap_year_is_a_date() {
        String doc = document("""
                {"type": "Event", "id": "e", "kind": "visit", "title": {"fr": "Visite"},
                 "period": {"start": "2024-02-29", "end": "2024-03-01"}}""");

        assertThat(modelFindings(doc)).isEmpty();
    }

    @Test
    void a_time_zone_must_be_a_known_iana_zone() {
        String doc = document("""
                {"type": "Event", "id": "e", "kind": "visit", "title": {"fr": "Visite"},
                 "period": {"start": "2024-12-09", "timeZone": "Africa/Tunnis"}}""");

        assertSingle(doc, ModelFindings.UNKNOWN_TIME_ZONE, Severity.ERROR, "/records/0/period/timeZone",
                "\"Africa/Tunnis\"", "zone", "Africa/Tunnis");
    }

    // ---- texts

    @Test
    void a_bidirectional_control_character_is_an_error_at_its_text() {
        String doc = document("""
                {"type": "Organization", "id": "o", "kind": "ngo",
                 "name": {"fr": "Cités Unies France", "en": "United \\u202ECities"}}""");

        assertSingle(doc, ModelFindings.TEXT_BIDI_CONTROL, Severity.ERROR, "/records/0/name/en",
                "\"United \\u202ECities\"", "language", "en", "codePoint", "U+202E", "index", "8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"202A", "202B", "202C", "202D", "202E", "2066", "2067", "2068", "2069", "200E", "200F",
            "061C"})
    void every_bidirectional_control_is_reported(String hex) {
        String doc = document("""
                {"type": "Organization", "id": "o", "kind": "ngo", "name": {"ar": "بلدية\\u%s سوسة"}}""".formatted(hex));

        assertThat(modelFindings(doc)).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(ModelFindings.TEXT_BIDI_CONTROL);
            assertThat(f.parameters()).containsEntry("codePoint", "U+" + hex).containsEntry("index", "6");
        });
    }

    @Test
    void a_control_character_is_an_error() {
        String doc = document("""
                {"type": "Project", "id": "p",
                 "title": {"fr": "Gestion\\u0007 des déchets"}}""");

        assertSingle(doc, ModelFindings.TEXT_CONTROL_CHARACTER, Severity.ERROR, "/records/0/title/fr",
                "\"Gestion\\u0007", "language", "fr", "codePoint", "U+0007", "index", "8");
    }

    @Test
    void line_breaks_and_tabs_are_fine_in_a_text() {
        String doc = document("""
                {"type": "Project", "id": "p", "title": {"fr": "P"},
                 "description": {"fr": "Première ligne\\r\\nSeconde\\tligne"}}""");

        assertThat(modelFindings(doc)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"200B", "2060", "FEFF", "00AD", "2061", "180E"})
    void an_invisible_character_is_a_warning(String hex) {
        String doc = document("""
                {"type": "Project", "id": "p",
                 "title": {"fr": "Eau\\u%s potable"}}""".formatted(hex));

        assertSingle(doc, ModelFindings.TEXT_INVISIBLE_CHARACTER, Severity.WARNING, "/records/0/title/fr",
                "\"Eau\\u" + hex, "language", "fr", "codePoint", "U+" + hex, "index", "4");
    }

    @Test
    void only_the_first_invisible_character_of_a_text_is_reported() {
        String doc = document("""
                {"type": "Project", "id": "p",
                 "title": {"fr": "\\u200BEau\\u200B potable\\u00AD"}}""");

        assertSingle(doc, ModelFindings.TEXT_INVISIBLE_CHARACTER, Severity.WARNING, "/records/0/title/fr",
                "\"\\u200BEau", "language", "fr", "codePoint", "U+200B", "index", "1");
    }

    @Test
    void a_zero_width_non_joiner_is_allowed_between_arabic_letters_but_not_in_french() {
        // Persian "می‌خواهم" and an Arabic word with a non-joiner: orthographic use.
        String allowed = document("""
                {"type": "Project", "id": "p",
                 "title": {"fa": "می\\u200Cخواهم", "ar": "بلدية\\u200Cسوسة"}}""");
        String french = document("""
                {"type": "Project", "id": "p",
                 "title": {"fr": "Eau\\u200Cpotable"}}""");
        String trailing = document("""
                {"type": "Project", "id": "p",
                 "title": {"ar": "سوسة\\u200C"}}""");

        assertThat(modelFindings(allowed)).isEmpty();
        assertSingle(french, ModelFindings.TEXT_INVISIBLE_CHARACTER, Severity.WARNING, "/records/0/title/fr",
                "\"Eau\\u200C", "language", "fr", "codePoint", "U+200C", "index", "4");
        assertSingle(trailing, ModelFindings.TEXT_INVISIBLE_CHARACTER, Severity.WARNING, "/records/0/title/ar",
                "\"سوسة", "language", "ar", "codePoint", "U+200C", "index", "5");
    }

    @Test
    void a_zero_width_joiner_is_allowed_between_emoji_but_not_between_latin_letters() {
        // 👩‍💻 (woman, joiner, laptop)
        String emoji = document("""
                {"type": "Project", "id": "p",
                 "title": {"fr": "Atelier \\uD83D\\uDC69\\u200D\\uD83D\\uDCBB numérique"}}""");
        String latin = document("""
                {"type": "Project", "id": "p",
                 "title": {"fr": "Atelier\\u200Dnumérique"}}""");

        assertThat(modelFindings(emoji)).isEmpty();
        assertSingle(latin, ModelFindings.TEXT_INVISIBLE_CHARACTER, Severity.WARNING, "/records/0/title/fr",
                "\"Atelier\\u200D", "language", "fr", "codePoint", "U+200D", "index", "8");
    }

    @Test
    void an_arabic_presentation_form_is_a_warning() {
        // ﺳﻮﺳﺔ: "سوسة" in presentation forms, as copied from a PDF
        String doc = document("""
                {"type": "LocalAuthority", "id": "sousse", "kind": "commune", "country": "TN",
                 "name": {"ar": "\\uFEB3\\uFEEE\\uFEB3\\uFE94"}}""");

        assertSingle(doc, ModelFindings.TEXT_ARABIC_PRESENTATION_FORM, Severity.WARNING, "/records/0/name/ar",
                "\"\\uFEB3", "language", "ar", "codePoint", "U+FEB3", "index", "1");
    }

    @Test
    void a_text_not_in_nfc_is_a_warning() {
        // "é" as e and a combining acute accent
        String doc = document("""
                {"type": "Project", "id": "p",
                 "title": {"fr": "Coope\\u0301ration"}}""");

        assertSingle(doc, ModelFindings.TEXT_NOT_NFC, Severity.WARNING, "/records/0/title/fr", "\"Coope",
                "language", "fr", "codePoint", "U+0301", "index", "6");
    }

    @Test
    void a_text_tagged_arabic_must_be_in_arabic_script() {
        String doc = document("""
                {"type": "LocalAuthority", "id": "sousse", "kind": "commune", "country": "TN",
                 "name": {"fr": "Sousse", "ar-TN": "Soussa", "ar": "Sousse"}}""");

        List<Finding> findings = modelFindings(doc);

        assertThat(findings).hasSize(2);
        assertFinding(doc, findings.get(0), ModelFindings.TEXT_NOT_ARABIC_SCRIPT, Severity.ERROR, "/records/0/name/ar",
                "\"Sousse\"}", "language", "ar", "codePoint", "U+0053", "index", "1");
        assertFinding(doc, findings.get(1), ModelFindings.TEXT_NOT_ARABIC_SCRIPT, Severity.ERROR,
                "/records/0/name/ar-TN", "\"Soussa\"", "language", "ar-TN", "codePoint", "U+0053", "index", "1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ar | سوسة | true",
            "ar-TN | بلدية سوسة | true",
            "ar-Arab | بلدية سوسة | true",
            "ar | أرقام SIREN ورموز COG للبلديات الفرنسية | true", // acronyms are ordinary in Arabic text
            "ar | 2024 | false", // no letter at all
            "ar | Municipalité de Sousse بلدية سوسة | false", // mostly French
            "ar-Latn | Baladiyat Soussa | true",
            "fr | سوسة | true", // only Arabic tags are checked
            "aeb-Arab | Soussa | false"})
    void arabic_script_means_arabic_letters_outnumbering_the_others(String tag, String text, boolean valid) {
        String doc = document("""
                {"type": "LocalAuthority", "id": "sousse", "kind": "commune", "country": "TN",
                 "name": {"%s": "%s"}}""".formatted(tag, text));

        if (valid) {
            assertThat(modelFindings(doc)).isEmpty();
        } else {
            assertThat(modelFindings(doc)).singleElement()
                    .satisfies(f -> assertThat(f.type()).isEqualTo(ModelFindings.TEXT_NOT_ARABIC_SCRIPT));
        }
    }

    @Test
    void a_cyrillic_letter_in_a_french_name_is_a_mixed_script_warning_at_its_text() {
        // "Bizеrte" with the Cyrillic е (U+0435) in place of the Latin e
        String doc = document("""
                {"type": "LocalAuthority", "id": "bizerte", "kind": "commune", "country": "TN",
                 "name": {"ar": "بنزرت", "fr": "Biz\\u0435rte"}}""");

        assertSingle(doc, ModelFindings.TEXT_MIXED_SCRIPT, Severity.WARNING, "/records/0/name/fr",
                "\"Biz\\u0435rte\"", "language", "fr", "codePoint", "U+0435", "index", "4", "script", "Cyrillic",
                "wordScript", "Latin");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fr | Sf\u0430x | U+0430 | 3 | Cyrillic | Latin", // Cyrillic а
            "fr | S\u03BFusse | U+03BF | 2 | Greek | Latin", // Greek omicron
            "fr | Municipalité de Ras J\u0435bel | U+0435 | 22 | Cyrillic | Latin",
            "en | \u0410riana | U+0410 | 1 | Cyrillic | Latin", // Cyrillic capital А first
            "ar | سoسة | U+006F | 2 | Latin | Arabic", // a Latin o inside سوسة
            "ar | بلدية تستوr | U+0072 | 11 | Latin | Arabic",
            "fr | Sou\u0633se | U+0633 | 4 | Arabic | Latin", // an Arabic س inside Sousse
            "und | Tunis \u0421arthage | U+0421 | 7 | Cyrillic | Latin"})
    void a_word_mixing_scripts_names_its_first_foreign_letter(String tag, String text, String codePoint, String index,
            String script, String wordScript) {
        String doc = document("""
                {"type": "LocalAuthority", "id": "a", "kind": "commune", "country": "TN",
                 "name": {"%s": "%s"}}""".formatted(tag, text));

        assertThat(modelFindings(doc)).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(ModelFindings.TEXT_MIXED_SCRIPT);
            assertThat(f.location().pointer()).isEqualTo("/records/0/name/" + tag);
            assertThat(f.parameters()).containsExactly(Map.entry("language", tag), Map.entry("codePoint", codePoint),
                    Map.entry("index", index), Map.entry("script", script), Map.entry("wordScript", wordScript));
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "fr | L'Haÿ-les-Roses", "fr | Ksar-Hellal", "fr | Saint-Étienne-du-Rouvray", "fr | Bourg-en-Bresse (01)",
            "ar-Latn | Baladiyat Sūsa", "ar-Latn | Ṣafāqis", "ar | مشروع PAD للتنمية", "ar | بلدية سوسة 2024",
            "ar | المنستير", "fr | Coefficient α de la formule", "fr | Atelier \uD83D\uDC69\u200D\uD83D\uDCBB numérique",
            "el | Σούσα", "ru | Сусс", "ja | 東京タワー", "ko | 서울特別市", "fr | Kraków, Þingvellir, São Tomé",
            "fa | می\u200Cخواهم", "fr | CFAD – مركز التكوين ودعم اللامركزية"})
    void legitimate_texts_mix_scripts_only_between_words(String tag, String text) {
        String doc = document("""
                {"type": "LocalAuthority", "id": "a", "kind": "commune", "country": "TN",
                 "name": {"%s": "%s"}}""".formatted(tag, text));

        assertThat(modelFindings(doc)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "uri | https://fr.wikipedia.org/wiki/Biz\u0435rte | U+0435 | 34", // a Cyrillic е in a Latin word
            "x-sousse-erp | \u0410\u0412-12 | U+0410 | 1", // АВ in Cyrillic: every letter looks Latin
            "x-sousse-erp | \uFF11\uFF12\uFF13 | U+FF11 | 1", // full-width digits
            "x-sousse-erp | CFAD\u00A02024 | U+00A0 | 5", // a no-break space
            "x-sousse-erp | CFAD-2024\u200B | U+200B | 10"})
    void an_identifier_imitating_ascii_is_an_error_at_its_value(String scheme, String value, String codePoint,
            String index) {
        String doc = document("""
                {"type": "LocalAuthority", "id": "a", "kind": "commune", "country": "TN", "name": {"fr": "A"},
                 "identifiers": [{"scheme": "%s", "value": "%s"}]}""".formatted(scheme, value));

        assertThat(modelFindings(doc)).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(ModelFindings.IDENTIFIER_CONFUSABLE);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().pointer()).isEqualTo("/records/0/identifiers/0/value");
            assertThat(f.parameters()).containsEntry("scheme", scheme).containsEntry("codePoint", codePoint)
                    .containsEntry("index", index);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"CFAD-2024", "بلدية-سوسة-12", "Σούσα", "https://ar.wikipedia.org/wiki/سوسة",
            "https://el.wikipedia.org/wiki/Σούσα"})
    void identifiers_in_one_script_that_does_not_imitate_latin_are_fine(String value) {
        String doc = document("""
                {"type": "LocalAuthority", "id": "a", "kind": "commune", "country": "TN", "name": {"fr": "A"},
                 "identifiers": [{"scheme": "%s", "value": "%s"}]}""".formatted(
                value.startsWith("https:") ? "uri" : "x-sousse-erp", value));

        assertThat(modelFindings(doc)).isEmpty();
    }

    @Test
    void untagged_free_texts_are_checked_as_undetermined_language() {
        String doc = document("""
                {"type": "Organization", "id": "cuf", "kind": "association", "name": {"fr": "Cités Unies France"},
                 "acronym": "C\\u200BUF",
                 "sources": [{"title": {"fr": "Statuts"}, "license": "CC-BY-4.0\\u202E"}]}""");

        List<Finding> findings = modelFindings(doc);

        assertThat(findings).hasSize(2);
        assertFinding(doc, findings.get(0), ModelFindings.TEXT_INVISIBLE_CHARACTER, Severity.WARNING,
                "/records/0/acronym", "\"C\\u200BUF\"", "language", "und", "codePoint", "U+200B", "index", "2");
        assertFinding(doc, findings.get(1), ModelFindings.TEXT_BIDI_CONTROL, Severity.ERROR,
                "/records/0/sources/0/license", "\"CC-BY-4.0", "language", "und", "codePoint", "U+202E", "index",
                "10");
    }

    @Test
    void every_kind_of_text_in_every_record_is_checked() {
        String zwsp = "\\u200B";
        String doc = """
                {"jisr": "1.0", "records": [
                {"type": "Project", "id": "p", "title": {"fr": "t%1$s"}, "description": {"fr": "d%1$s"},
                 "goals": [{"fr": "g0"}, {"fr": "g1%1$s"}],
                 "participants": [{"participant": "a", "role": "lead", "description": {"fr": "pd%1$s"}}],
                 "funding": [{"funder": "f", "purpose": {"fr": "fp%1$s"}}],
                 "documents": [{"url": "https://example.org/d", "title": {"fr": "dt%1$s"}}],
                 "sources": [{"title": {"fr": "st%1$s"}, "publisher": {"fr": "sp%1$s"}}]},
                {"type": "Event", "id": "e", "kind": "workshop", "title": {"fr": "et"},
                 "period": {"start": "2024-12-10"},
                 "venue": {"name": {"fr": "vn%1$s"}, "address": {"fr": "va%1$s"}, "locality": {"fr": "vl%1$s"}},
                 "outcomes": [{"description": {"fr": "od%1$s"}}],
                 "participants": [{"group": {"name": {"fr": "gn%1$s"}}, "role": "participant"}]},
                {"type": "Partnership", "id": "t", "kind": "twinning", "parties": ["a", "b"],
                 "name": {"fr": "tn%1$s"}, "description": {"fr": "td%1$s"}},
                {"type": "Organization", "id": "o", "kind": "ngo", "name": {"fr": "on%1$s"},
                 "description": {"fr": "od%1$s"}, "place": {"locality": {"fr": "ol%1$s"}}},
                {"type": "LocalAuthority", "id": "a", "kind": "commune", "country": "FR", "name": {"fr": "an%1$s"},
                 "place": {"name": {"fr": "ap%1$s"}}}
                ]}""".formatted(zwsp);

        List<Finding> findings = modelFindings(doc);

        assertThat(findings).allSatisfy(f -> assertThat(f.type()).isEqualTo(ModelFindings.TEXT_INVISIBLE_CHARACTER))
                .extracting(f -> f.location().pointer())
                .containsExactly(
                        "/records/0/description/fr", "/records/0/documents/0/title/fr", "/records/0/funding/0/purpose/fr",
                        "/records/0/goals/1/fr", "/records/0/participants/0/description/fr",
                        "/records/0/sources/0/publisher/fr", "/records/0/sources/0/title/fr", "/records/0/title/fr",
                        "/records/1/outcomes/0/description/fr", "/records/1/participants/0/group/name/fr",
                        "/records/1/venue/address/fr", "/records/1/venue/locality/fr", "/records/1/venue/name/fr",
                        "/records/2/description/fr", "/records/2/name/fr",
                        "/records/3/description/fr", "/records/3/name/fr", "/records/3/place/locality/fr",
                        "/records/4/name/fr", "/records/4/place/name/fr");
    }

    // ---- language tags

    @Test
    void a_language_tag_must_name_a_language_in_canonical_form() {
        String doc = document("""
                {"type": "Project", "id": "p",
                 "title": {"ara": "سوسة", "fr": "Sousse", "xx": "Sousse"},
                 "documents": [{"url": "https://example.org/d", "language": "iw"}],
                 "sources": [{"url": "https://example.org/s", "language": "fr-XX"}]}""");

        List<Finding> findings = modelFindings(doc);

        assertThat(findings).hasSize(4);
        assertFinding(doc, findings.get(0), ModelFindings.LANGUAGE_TAG, Severity.ERROR,
                "/records/0/documents/0/language", "\"iw\"", "tag", "iw");
        assertFinding(doc, findings.get(1), ModelFindings.LANGUAGE_TAG, Severity.ERROR,
                "/records/0/sources/0/language", "\"fr-XX\"", "tag", "fr-XX");
        assertFinding(doc, findings.get(2), ModelFindings.LANGUAGE_TAG, Severity.ERROR, "/records/0/title/ara",
                "\"سوسة\"", "tag", "ara");
        assertFinding(doc, findings.get(3), ModelFindings.LANGUAGE_TAG, Severity.ERROR, "/records/0/title/xx",
                "\"Sousse\"}", "tag", "xx");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "fr", "en", "ar-TN", "ar-Latn", "fr-FR", "aeb", "ar-015", "zh-Hans-CN", "sr-Latn",
            "de-CH-1996", "und"})
    void real_language_tags_are_fine(String tag) {
        String doc = document("""
                {"type": "Project", "id": "p", "title": {"fr": "P"},
                 "documents": [{"url": "https://example.org/d", "language": "%s"}]}""".formatted(tag));

        assertThat(modelFindings(doc)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"iw", "in", "ara", "fra", "xx", "ar-XX", "ar-Abcd", "fr-UK"})
    void unreal_or_non_canonical_language_tags_are_errors(String tag) {
        String doc = document("""
                {"type": "Project", "id": "p", "title": {"fr": "P"},
                 "documents": [{"url": "https://example.org/d", "language": "%s"}]}""".formatted(tag));

        assertSingle(doc, ModelFindings.LANGUAGE_TAG, Severity.ERROR, "/records/0/documents/0/language",
                "\"" + tag + "\"", "tag", tag);
    }

    // ---- the layer as a whole

    @Test
    void a_clean_flagship_like_document_gives_no_model_finding() {
        String doc = """
                {
                  "jisr": "1.0",
                  "language": "ar",
                  "records": [
                    {
                      "type": "Event",
                      "id": "event-cuf-workshop-2024-12-10",
                      "kind": "workshop",
                      "title": {
                        "ar": "ورشة عمل حول التعاون اللامركزي بين البلديات التونسية ونظيراتها الفرنسية",
                        "en": "Workshop on decentralized cooperation",
                        "fr": "Atelier sur la coopération décentralisée"
                      },
                      "status": "held",
                      "period": {
                        "start": "2024-12-10T09:00:00+01:00",
                        "end": "2024-12-10T13:00:00+01:00",
                        "timeZone": "Africa/Tunis"
                      },
                      "attendanceMode": "hybrid",
                      "venue": {
                        "name": {"ar": "مقر مركز التكوين ودعم اللامركزية", "fr": "Siège du CFAD"},
                        "locality": {"ar": "تونس", "fr": "Tunis"},
                        "country": "TN",
                        "geo": {"lat": 36.8065, "lon": 10.1815}
                      },
                      "parent": "event-cuf-working-visit-2024-12-09",
                      "organizers": ["org-cfad"],
                      "participants": [
                        {"participant": "org-cites-unies-france", "role": "visiting-delegation",
                         "attendance": "in-person"},
                        {"group": {"name": {"ar": "بلديات فرنسية", "fr": "des communes françaises"},
                                   "actorKind": "commune", "country": "FR"},
                         "role": "participant", "attendance": "online"}
                      ],
                      "themes": ["decentralized-cooperation", "institutional-capacity"],
                      "outcomes": [
                        {"kind": "commitment",
                         "description": {"ar": "تحديد سبل عملية كفيلة بإعادة تنشيط علاقات التعاون اللامركزي.",
                                         "fr": "Définir des moyens concrets de relancer la coopération."}}
                      ],
                      "sources": [
                        {"title": {"ar": "تنظيم ورشة عمل لدفع وتطوير علاقات التعاون اللامركزي"},
                         "url": "https://example.org/article", "published": "2024-12-12", "language": "ar",
                         "license": "CC-BY-4.0"}
                      ]
                    },
                    {
                      "type": "LocalAuthority",
                      "id": "fr-commune-marseille",
                      "kind": "commune",
                      "country": "FR",
                      "name": {"ar": "مرسيليا", "fr": "Marseille"},
                      "identifiers": [
                        {"scheme": "fr-insee-cog-commune", "value": "13055"},
                        {"scheme": "fr-siren", "value": "211300553"},
                        {"scheme": "fr-siret", "value": "21130055300016"},
                        {"scheme": "wikidata", "value": "Q23482"}
                      ],
                      "place": {"country": "FR"}
                    },
                    {
                      "type": "LocalAuthority",
                      "id": "tn-governorate-tunis",
                      "kind": "governorate",
                      "country": "TN",
                      "name": {"ar": "ولاية تونس", "ar-Latn": "Wilayat Tunis", "fr": "Gouvernorat de Tunis"},
                      "identifiers": [{"scheme": "iso-3166-2", "value": "TN-11"}]
                    },
                    {
                      "type": "Organization",
                      "id": "org-cites-unies-france",
                      "kind": "association",
                      "acronym": "CUF",
                      "country": "FR",
                      "founded": 1975,
                      "name": {"ar": "جمعية أحياء فرنسية متحدة", "fr": "Cités Unies France"}
                    },
                    {
                      "type": "Project",
                      "id": "project-water",
                      "title": {"ar": "مشروع الماء الصالح للشرب", "fr": "Projet eau potable"},
                      "period": {"start": "2023-01-01", "end": "2025-12-31", "timeZone": "Europe/Paris"},
                      "budget": {"amount": 15000.00, "currency": "EUR"},
                      "funding": [
                        {"funder": "fr-commune-marseille", "amount": {"amount": 1234.567, "currency": "TND"},
                         "year": 2024, "instrument": "grant"}
                      ],
                      "goals": [{"fr": "Accès à l’eau"}]
                    },
                    {
                      "type": "Partnership",
                      "id": "twinning-marseille-tunis",
                      "kind": "twinning",
                      "parties": ["fr-commune-marseille", "tn-governorate-tunis"],
                      "signed": "1998-06-09",
                      "period": {"start": "1998-06-09"},
                      "documents": [{"url": "https://example.org/agreement.pdf", "kind": "agreement-text",
                                     "language": "fr"}]
                    }
                  ]
                }
                """;

        ValidationReport report = VALIDATOR.validateText(doc, "flagship.json");

        assertThat(modelFindings(doc)).isEmpty();
        assertThat(report.records()).isEqualTo(6);
    }

    @Test
    void a_record_with_a_schema_error_does_not_reach_the_model_layer() {
        // Both a wrong SIREN (model) and an unknown property (schema): only the schema speaks.
        String doc = document("""
                {"type": "LocalAuthority", "id": "marseille", "kind": "commune", "country": "FR",
                 "name": {"fr": "Marseille"}, "mayor": "someone",
                 "identifiers": [{"scheme": "fr-siren", "value": "211300554"}]}""");

        ValidationReport report = VALIDATOR.validateText(doc, "t.json");

        assertThat(report.findings()).extracting(Finding::code).contains("schema.unknown-property");
        assertThat(report.findings()).noneMatch(f -> f.layer() == Layer.MODEL);
    }

    @Test
    void the_other_records_of_a_document_are_still_checked() {
        String doc = """
                {"jisr": "1.0", "records": [
                {"type": "LocalAuthority", "id": "a", "kind": "commune", "country": "FR", "name": {"fr": "A"},
                 "mayor": "someone", "identifiers": [{"scheme": "fr-siren", "value": "211300554"}]},
                {"type": "LocalAuthority", "id": "b", "kind": "commune", "country": "FR", "name": {"fr": "B"},
                 "identifiers": [{"scheme": "fr-siren", "value": "211300555"}]}
                ]}""";

        ValidationReport report = VALIDATOR.validateText(doc, "t.json");

        assertThat(report.findings()).extracting(Finding::code).contains("schema.unknown-property");
        assertThat(report.findings()).filteredOn(f -> f.layer() == Layer.MODEL).singleElement()
                .satisfies(f -> assertFinding(doc, f, ModelFindings.IDENTIFIER_CHECK_DIGIT,
                Severity.ERROR, "/records/1/identifiers/0/value", "\"211300555\"", "scheme", "fr-siren", "value",
                "211300555"));
    }

    @Test
    void a_record_stream_is_checked_line_by_line() {
        String stream = """
                {"type": "Header", "jisr": "1.0"}
                {"type": "LocalAuthority", "id": "a", "kind": "commune", "country": "FR", "name": {"fr": "A"}}
                {"type": "LocalAuthority", "id": "b", "kind": "commune", "country": "UK", "name": {"fr": "B"}}
                """;

        assertThat(modelFindings(stream, "t.ndjson")).singleElement().satisfies(f -> assertFinding(stream, f,
                ModelFindings.UNKNOWN_COUNTRY, Severity.ERROR, "/country", "\"UK\"", "country", "UK"));
    }

    @Test
    void a_profile_can_change_a_model_finding_s_severity() {
        String doc = document("""
                {"type": "Project", "id": "p",
                 "title": {"fr": "Coope\\u0301ration"}}""");
        Validator strict = Validator.builder().discoverRules(false)
                .profile(org.jisr.validation.RuleProfile.builder().severity("model.text-not-nfc", Severity.ERROR).build())
                .build();

        assertThat(strict.validateText(doc, "t.json").findings()).filteredOn(f -> f.layer() == Layer.MODEL)
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    // ---- helpers

    /** One record in a document, starting on the document's second line. */
    private static String document(String record) {
        return "{\"jisr\": \"1.0\", \"records\": [\n" + record + "\n]}\n";
    }

    /**
     * The model findings of a document that is otherwise sound: no syntax or schema finding, so
     * that every record reached the model layer. (Rules may have their say; they are not ours.)
     */
    private static List<Finding> modelFindings(String text) {
        return modelFindings(text, "t.json");
    }

    private static List<Finding> modelFindings(String text, String fileName) {
        ValidationReport report = VALIDATOR.validateText(text, fileName);
        assertThat(report.findings()).as("syntax and schema findings")
                .noneMatch(f -> f.layer() == Layer.SYNTAX || f.layer() == Layer.SCHEMA);
        return report.findings().stream().filter(f -> f.layer() == Layer.MODEL).toList();
    }

    private static void assertSingle(String text, FindingType type, Severity severity, String pointer, String at,
            String... parameters) {
        List<Finding> findings = modelFindings(text);
        assertThat(findings).hasSize(1);
        assertFinding(text, findings.get(0), type, severity, pointer, at, parameters);
    }

    /**
     * Asserts one finding; {@code at} is the text where the offending value starts (once in the
     * document), which gives the expected line and column.
     */
    private static void assertFinding(String text, Finding f, FindingType type, Severity severity, String pointer,
            String at, String... parameters) {
        int offset = text.indexOf(at);
        assertThat(offset).as("where %s is", at).isNotNegative();
        assertThat(text.indexOf(at, offset + 1)).as("%s is once in the text", at).isNegative();
        int line = 1 + (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
        int column = offset - text.lastIndexOf('\n', offset - 1);
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            expected.put(parameters[i], parameters[i + 1]);
        }

        assertThat(f.type()).isEqualTo(type);
        assertThat(f.code()).isEqualTo(type.code());
        assertThat(f.severity()).isEqualTo(severity);
        assertThat(f.location().pointer()).isEqualTo(pointer);
        assertThat(f.location().line()).as("line").isEqualTo(line);
        assertThat(f.location().column()).as("column").isEqualTo(column);
        assertThat(f.parameters()).containsExactlyEntriesOf(expected);
    }
}
