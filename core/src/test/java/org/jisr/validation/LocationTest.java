package org.jisr.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A location in a spreadsheet says its sheet and cell in A1 notation. */
class LocationTest {

    @Test
    void a_cell_of_a_sheet() {
        Location at = Location.ofCell("partenariats.xlsx", "Partenariats", "C7", 7, 3);

        assertThat(at.sheet()).isEqualTo("Partenariats");
        assertThat(at.cell()).isEqualTo("C7");
        assertThat(at.pointer()).isEmpty();
        assertThat(at).hasToString("partenariats.xlsx:7:3 Partenariats!C7");
    }

    @Test
    void a_cell_of_a_single_csv_file_and_a_json_location() {
        assertThat(Location.ofCell("agenda.csv", null, "D2", 3, 18)).hasToString("agenda.csv:3:18 D2");
        assertThat(Location.of("a.json", "/records/0", 2, 5)).hasToString("a.json:2:5 /records/0");
    }
}
