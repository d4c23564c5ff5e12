package org.jisr.validation.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The text checks' table of character categories says what {@link Character} says, for every code point. */
class TextChecksTableTest {

    @Test
    void is_letter_agrees_with_java_everywhere() {
        int disagreements = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (TextChecks.isLetter(cp) != Character.isLetter(cp)) {
                disagreements++;
            }
        }

        assertThat(disagreements).isZero();
        assertThat(TextChecks.isLetter('ت')).isTrue();
        assertThat(TextChecks.isLetter('\u0640')).isTrue(); // the tatweel is a modifier letter
        assertThat(TextChecks.isLetter('\u064B')).isFalse(); // fathatan is a mark
    }
}
