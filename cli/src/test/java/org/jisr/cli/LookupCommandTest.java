package org.jisr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code jisr lookup}: candidates from the reference lists, in the user's language. */
class LookupCommandTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = JisrCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void a_wikipedia_spelling_finds_the_tunisian_municipality_and_its_governorate() {
        Run r = run("lookup", "--lang", "en", "El", "Kef", "--country", "TN");

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        String[] lines = r.out().split("\\R");
        assertThat(lines[0]).startsWith("Candidates for “El Kef”").contains("ISIE 2018", "COG 2026");
        assertThat(r.out()).contains("tn-municipality TN-33-006\tLe Kef / الكاف\tcommune/municipality\tTN-33",
                "tn-onshor-5 33011, tn-ins-4 2311", "iso-3166-2 TN-33");
        assertThat(r.out()).doesNotContain("fr-insee");
    }

    @Test
    void an_arabic_name_in_french() {
        Run r = run("lookup", "--lang", "fr", "حمام الأنف");

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Candidats pour « حمام الأنف »")
                .contains("100%\ttn-municipality TN-13-006\tHammam Lif / حمام الأنف", "même nom");
    }

    @Test
    void a_french_commune_within_its_departement_in_arabic() {
        Run r = run("lookup", "--lang", "ar", "--country", "FR", "--within", "42", "St-Etienne", "--limit", "1");

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("المرشحون لـ«St-Etienne»")
                .contains("fr-insee-cog-commune 42218\tSaint-Étienne\tبلدية\t42", "fr-siren 214202186");
        assertThat(r.out().split("\\R")).hasSize(2);
    }

    @Test
    void nothing_found_is_exit_code_1_and_a_bad_country_is_a_usage_error() {
        Run none = run("lookup", "--lang", "en", "Xyzzyqwv");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.out()).contains("No local authority matches “Xyzzyqwv”.");

        Run bad = run("lookup", "--lang", "fr", "Sousse", "--country", "DZ");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("pas de listes de référence pour le pays DZ");
    }

    @Test
    void the_help_is_in_the_three_languages() {
        assertThat(run("lookup", "--help", "--lang", "en").out()).contains("--country", "--within",
                "Look only in the lists of this country");
        assertThat(run("lookup", "--help", "--lang", "fr").out()).contains("Ne chercher que dans les listes");
        assertThat(run("lookup", "--help", "--lang", "ar").out()).contains("البحث في قوائم هذا البلد فقط");
    }
}
