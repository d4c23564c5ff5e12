package org.example.jisr.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.example.jisr.agenda.MarkdownCells.Cell;
import org.example.jisr.agenda.MarkdownCells.Tagged;
import org.junit.jupiter.api.Test;

/** Any text survives a table cell: escaped, split out of its row, and unescaped. */
class MarkdownCellsTest {

    @Property
    void any_text_reads_back_from_its_escaped_form(@ForAll("texts") String text) {
        assertThat(MarkdownCells.unescape(MarkdownCells.escape(text))).isEqualTo(text);
    }

    @Property
    void escaped_texts_stay_in_their_own_cells(@ForAll("texts") String a, @ForAll("texts") String b) {
        String row = "| " + MarkdownCells.escape(a) + " | " + MarkdownCells.escape(b) + " |";

        List<Cell> cells = MarkdownCells.split(row);

        assertThat(cells).extracting(c -> MarkdownCells.unescape(c.raw())).containsExactly(a, b);
        assertThat(row).doesNotContain("\n");
    }

    @Property
    void a_tagged_text_reads_back_with_its_tag(@ForAll("texts") String text) {
        Cell cell = MarkdownCells.split("| " + MarkdownCells.tagged("ar-TN", text) + " |").get(0);

        assertThat(MarkdownCells.read(cell, "fr")).isEqualTo(new Tagged("ar-TN", text));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> tricky = Arbitraries.of("|", "\\", "\\|", "<br>", "&#32;", "&amp;", "[en] x", "[", " ", "\t",
                "\n", "\r\n", "ورشة عمل", "é", "🤝", "`", "*");
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(12);
        return Arbitraries.oneOf(tricky, any).list().ofMaxSize(6).map(parts -> String.join("", parts));
    }

    @Test
    void the_pipes_at_both_ends_of_a_row_are_optional() {
        assertThat(MarkdownCells.split("| a | b |")).extracting(Cell::raw).containsExactly("a", "b");
        assertThat(MarkdownCells.split("| a | b")).extracting(Cell::raw).containsExactly("a", "b");
        assertThat(MarkdownCells.split("| a |  |")).extracting(Cell::raw).containsExactly("a", "");
        assertThat(MarkdownCells.split("|a\\|b|c\\\\|")).extracting(Cell::raw).containsExactly("a\\|b", "c\\\\");
    }

    @Test
    void a_delimiter_row_has_dashes_and_alignment_colons_only() {
        assertThat(MarkdownCells.isDelimiterRow(MarkdownCells.split("|---|:--|--:|:-:|"))).isTrue();
        assertThat(MarkdownCells.isDelimiterRow(MarkdownCells.split("| --- | x |"))).isFalse();
    }

    @Test
    void a_bracket_that_is_no_language_tag_is_text() {
        Cell cell = MarkdownCells.split("| [voir annexe] Bilan |").get(0);

        assertThat(MarkdownCells.read(cell, "fr")).isEqualTo(new Tagged("fr", "[voir annexe] Bilan"));
    }
}
