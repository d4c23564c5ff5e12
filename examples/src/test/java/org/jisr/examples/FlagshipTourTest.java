package org.jisr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jisr.json.JisrJson;
import org.jisr.model.ExchangeDocument;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The README's first command runs {@link FlagshipTour}; this is what it must do. */
class FlagshipTourTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return FlagshipTour.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "ar"})
    void tours_the_flagship_in_each_language_and_writes_a_stream_that_reads_back_equal(String lang, @TempDir Path dir)
            throws Exception {
        assertThat(run(lang, ExampleFiles.WORKSHOP.toString(), dir.toString())).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        ExchangeDocument doc = JisrJson.create().readDocument(ExampleFiles.WORKSHOP);
        assertThat(text).contains(String.valueOf(doc.records().size()));
        Path written = dir.resolve("workshop-2024-12-10.ndjson");
        assertThat(text).contains(written.toString());
        try (var in = Files.newInputStream(written)) {
            assertThat(JisrJson.create().readStream(in)).isEqualTo(doc);
        }
        assertThat(err.size()).isZero();
    }

    @Test
    void prints_the_workshop_title_in_arabic_when_asked_for_arabic(@TempDir Path dir) {
        run("ar", ExampleFiles.WORKSHOP.toString(), dir.toString());
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("تنظيم ورشة عمل لدفع وتطوير علاقات التعاون اللامركزي بين البلديات التونسية ونظيراتها الفرنسية")
                .contains("عدد المشاركين عن بعد: 2");
    }

    @Test
    void refuses_an_unknown_language_with_exit_code_2() {
        assertThat(run("de")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("en, fr").contains("ar");
    }

    @Test
    void reports_an_unreadable_file_in_one_line_with_exit_code_1(@TempDir Path dir) {
        assertThat(run("fr", dir.resolve("missing.json").toString(), dir.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Impossible de lire").doesNotContain("\tat ");
        assertThat(err.toString(StandardCharsets.UTF_8).strip().lines()).hasSize(1);
    }
}
