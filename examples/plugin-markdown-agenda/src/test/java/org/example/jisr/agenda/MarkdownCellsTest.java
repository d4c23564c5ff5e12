package org.example.jisr.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
    void texts_in_several_languages_read_back_from_one_cell(@ForAll("texts") String fr, @ForAll("texts") String en,
            @ForAll("texts") String arTn) {
        Map<String, String> texts = new TreeMap<>(Map.of("fr", fr, "en", en, "ar-TN", arTn));
        texts.values().removeIf(String::isEmpty);

        Cell cell = MarkdownCells.split("| " + MarkdownCells.texts("fr", texts) + " |").get(0);

        assertThat(MarkdownCells.texts(cell, "fr")).containsExactlyInAnyOrderElementsOf(
                texts.entrySet().stream().map(e -> new Tagged(e.getKey(), e.getValue())).toList());
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
    void a_tag_starts_a_text_in_its_language() {
        Cell cell = MarkdownCells.split("| Atelier [en] Workshop [ar-Latn] warcha |").get(0);

        assertThat(MarkdownCells.texts(cell, "fr")).containsExactly(new Tagged("fr", "Atelier"),
                new Tagged("en", "Workshop"), new Tagged("ar-Latn", "warcha"));
    }

    @Test
    void a_bracket_that_is_no_language_tag_is_text() {
        Cell cell = MarkdownCells.split("| [voir annexe] Bilan [2024] |").get(0);

        assertThat(MarkdownCells.texts(cell, "fr")).containsExactly(new Tagged("fr", "[voir annexe] Bilan [2024]"));
    }
}
