package org.jisr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code jisr validate --limit NAME=VALUE} changes a read limit; a bad one is a usage error. */
class LimitOptionTest {

    @Test
    void a_limit_given_on_the_command_line_applies() {
        JisrCliTest.Run valid = JisrCliTest.run("validate", "--lang", "en", JisrCliTest.FLAGSHIP);
        assertThat(valid.code()).isZero();

        JisrCliTest.Run limited = JisrCliTest.run("validate", "--lang", "en", "--limit", "maxRecords=2",
                "--limit", "maxCellLength=32_767", JisrCliTest.FLAGSHIP);
        assertThat(limited.code()).isEqualTo(1);
        assertThat(limited.out()).contains("syntax.limit-exceeded").contains("maxRecords");
    }

    @Test
    void an_unknown_limit_or_a_bad_value_is_a_usage_error_that_lists_the_limits() {
        JisrCliTest.Run unknown = JisrCliTest.run("validate", "--lang", "en", "--limit", "maxCells=10",
                JisrCliTest.FLAGSHIP);
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("maxCells=10").contains("maxCellLength").contains("maxProperties");

        JisrCliTest.Run zero = JisrCliTest.run("validate", "--lang", "fr", "--limit", "maxRecords=0",
                JisrCliTest.FLAGSHIP);
        assertThat(zero.code()).isEqualTo(2);
        assertThat(zero.err()).contains("limite de lecture invalide maxRecords=0");

        JisrCliTest.Run words = JisrCliTest.run("validate", "--lang", "ar", "--limit", "maxRecords=many",
                JisrCliTest.FLAGSHIP);
        assertThat(words.code()).isEqualTo(2);
        assertThat(words.err()).contains("حد قراءة غير صالح");
    }
}
