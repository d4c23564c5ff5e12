package org.jisr.adapter.tabular.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The formula neutralisation is lossless and leaves no cell that starts like a formula. */
class CellsTest {

    @Test
    void formula_starts_get_an_apostrophe_and_lose_it_on_reading() {
        assertThat(Cells.neutralize("=1+1")).isEqualTo("'=1+1");
        assertThat(Cells.neutralize("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Cells.neutralize("\tx")).isEqualTo("'\tx");
        assertThat(Cells.neutralize("'=x")).isEqualTo("''=x");
        assertThat(Cells.neutralize("'abc")).isEqualTo("'abc");
        assertThat(Cells.neutralize("Atelier")).isEqualTo("Atelier");
        assertThat(Cells.restore("''=x")).isEqualTo("'=x");
        assertThat(Cells.restore("'abc")).isEqualTo("'abc");
    }

    @Test
    void a1_references() {
        assertThat(Cells.a1(0, 1)).isEqualTo("A1");
        assertThat(Cells.a1(2, 7)).isEqualTo("C7");
        assertThat(Cells.a1(25, 3)).isEqualTo("Z3");
        assertThat(Cells.a1(26, 3)).isEqualTo("AA3");
        assertThat(Cells.a1(701, 3)).isEqualTo("ZZ3");
        assertThat(Cells.a1(702, 3)).isEqualTo("AAA3");
    }

    @Property
    void neutralising_is_lossless_and_safe(@ForAll("texts") String text) {
        String cell = Cells.neutralize(text);
        assertThat(Cells.restore(cell)).isEqualTo(text);
        assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")
                .doesNotStartWith("\t").doesNotStartWith("\r");
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars('=', '+', '-', '@', '\t', '\r', '\'', 'a', ' ', 'ب').ofMaxLength(8);
    }
}
