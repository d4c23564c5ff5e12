package org.jisr.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The text shown to a reader comes from the languages asked, in order, else the first by tag. */
class MultilingualTextTest {

    private final MultilingualText title = MultilingualText.of("fr", "Atelier", "ar", "ورشة عمل");

    @Test
    void preferring_takes_the_first_language_the_text_has() {
        assertThat(title.preferring("ar", "fr")).isEqualTo("ورشة عمل");
        assertThat(title.preferring("en", "fr", "ar")).isEqualTo("Atelier");
    }

    @Test
    void preferring_falls_back_to_the_first_text_in_tag_order() {
        assertThat(title.preferring("en")).isEqualTo("ورشة عمل");
        assertThat(title.preferring()).isEqualTo("ورشة عمل");
    }
}
