package org.jisr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jisr template}: the four profiles, an unknown one, and the help in three languages. */
class TemplateCommandTest {

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
    void writes_a_csv_template_and_says_what_it_wrote(@TempDir Path dir) throws Exception {
        Run r = run("template", "--lang", "fr", "--to", "csv-fr", dir.toString());

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(Files.readString(dir.resolve("Événements.csv"))).startsWith("\uFEFFIdentifiant;Type;");
        assertThat(Files.readString(dir.resolve("README.md"))).startsWith("# Comment remplir ces tableaux");
        assertThat(r.out()).contains(dir.resolve("README.md").toString()).contains("Modèle csv-fr écrit dans");
    }

    @Test
    void writes_an_xlsx_template_in_arabic(@TempDir Path dir) {
        Run r = run("template", "--lang", "ar", "--to", "xlsx-tn", dir.resolve("new").toString());

        assertThat(r.code()).isZero();
        assertThat(Files.exists(dir.resolve("new").resolve("jisr-template-tn.xlsx"))).isTrue();
        assertThat(r.out()).contains("كُتب النموذج xlsx-tn");
    }

    @Test
    void the_other_two_profiles_and_quiet(@TempDir Path dir) {
        assertThat(run("template", "--quiet", "--to", "xlsx-fr", dir.toString()).out().strip())
                .isEqualTo(dir.resolve("jisr-template-fr.xlsx").toString());
        assertThat(run("template", "--to", "csv-tn", dir.resolve("tn").toString()).code()).isZero();
        assertThat(Files.exists(dir.resolve("tn").resolve("التظاهرات.csv"))).isTrue();
    }

    @Test
    void an_unknown_profile_is_a_usage_error(@TempDir Path dir) {
        Run r = run("template", "--lang", "en", "--to", "ods-fr", dir.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("jisr: no template ods-fr; there are xlsx-fr, xlsx-tn, csv-fr, csv-tn."
                + System.lineSeparator());
    }

    @Test
    void the_help_is_in_the_three_languages() {
        assertThat(run("template", "--help", "--lang", "en").out()).contains("Write an empty spreadsheet of a profile");
        assertThat(run("template", "--help", "--lang", "fr").out()).contains("Écrit un tableur vide d’un profil");
        assertThat(run("template", "--help", "--lang", "ar").out()).contains("يكتب جدول بيانات فارغًا");
    }
}
