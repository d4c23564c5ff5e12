package org.jisr.adapter.tabular.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.jisr.testkit.JisrArbitraries;
import org.junit.jupiter.api.Test;

/** The numbers and dates of French and Tunisian spreadsheets. */
class ValuesTest {

    private static final Formats FR = new Formats("dd/MM/yyyy", ',', "Oui", "Non");
    private static final Formats ISO = new Formats("yyyy-MM-dd", '.', "Yes", "No");

    @Test
    void numbers_as_people_write_them() {
        assertThat(Values.parseNumber("40 000,00")).contains(new BigDecimal("40000.00"));
        assertThat(Values.parseNumber("17\u00A0833")).contains(new BigDecimal("17833"));
        assertThat(Values.parseNumber("26\u202F956,00")).contains(new BigDecimal("26956.00"));
        assertThat(Values.parseNumber("1.234.567,89")).contains(new BigDecimal("1234567.89"));
        assertThat(Values.parseNumber("1,234,567.89")).contains(new BigDecimal("1234567.89"));
        assertThat(Values.parseNumber("10000.0")).contains(new BigDecimal("10000.0"));
        assertThat(Values.parseNumber("50 000 euros")).contains(new BigDecimal("50000"));
        assertThat(Values.parseNumber("1 250,500 DT")).contains(new BigDecimal("1250.500"));
        assertThat(Values.parseNumber("١٢٥٠٫٥٠٠ د.ت")).contains(new BigDecimal("1250.500"));
        assertThat(Values.parseNumber("2.18601946E13")).contains(new BigDecimal("2.18601946E13"));
        assertThat(Values.parseNumber("-33,5")).contains(new BigDecimal("-33.5"));
        assertThat(Values.parseNumber("NC")).isEmpty();
        assertThat(Values.parseNumber("1,2,3.4.5")).isEmpty();
        assertThat(Values.parseNumber("")).isEmpty();
    }

    @Test
    void dates_as_people_write_them() {
        LocalDate d = LocalDate.of(2024, 12, 10);
        assertThat(Values.parseDate("10/12/2024")).contains(d);
        assertThat(Values.parseDate("10-12-2024")).contains(d);
        assertThat(Values.parseDate("10.12.2024")).contains(d);
        assertThat(Values.parseDate("2024-12-10")).contains(d);
        assertThat(Values.parseDate("2024/12/10")).contains(d);
        assertThat(Values.parseDate("10 décembre 2024")).contains(d);
        assertThat(Values.parseDate("10 DECEMBRE 2024")).contains(d);
        assertThat(Values.parseDate("10 ديسمبر 2024")).contains(d);
        assertThat(Values.parseDate("١٠ ديسمبر ٢٠٢٤")).contains(d);
        assertThat(Values.parseDate("1er janvier 2025")).contains(LocalDate.of(2025, 1, 1));
        // The month names used in Tunisia, جانفي … ديسمبر, and those of the Mashriq.
        String[] tunisian = {"جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر",
            "نوفمبر", "ديسمبر"};
        for (int m = 0; m < 12; m++) {
            assertThat(Values.parseDate("3 " + tunisian[m] + " 2019")).contains(LocalDate.of(2019, m + 1, 3));
        }
        assertThat(Values.parseDate("3 يناير 2019")).contains(LocalDate.of(2019, 1, 3));
        assertThat(Values.parseDate("3 أغسطس 2019")).contains(LocalDate.of(2019, 8, 3));
        assertThat(Values.parseDate("2017-30-05")).isEmpty();
        assertThat(Values.parseDate("hier")).isEmpty();
        assertThat(Values.parseSerialDate("42159.0")).contains(LocalDate.of(2015, 6, 4));
        assertThat(Values.parseSerialDate("45636")).contains(d);
        assertThat(Values.parseSerialDate("2024")).isEmpty();
    }

    @Test
    void date_times_with_their_offset() {
        OffsetDateTime t = OffsetDateTime.of(2024, 12, 10, 9, 0, 0, 0, ZoneOffset.ofHours(1));
        assertThat(Values.formatDateTime(t, FR)).isEqualTo("10/12/2024 09:00 +01:00");
        assertThat(Values.parseDateTime("10/12/2024 09:00 +01:00")).contains(t);
        assertThat(Values.parseDateTime("2024-12-10T09:00+01:00")).contains(t);
        assertThat(Values.parseDateTime("10/12/2024 09:00")).isEmpty();
        assertThat(Values.formatDateTime(t.withOffsetSameLocal(ZoneOffset.UTC).withNano(120_000_000), FR))
                .isEqualTo("10/12/2024 09:00:00.12 Z");
    }

    @Test
    void codes_damaged_into_floats_are_repaired() {
        assertThat(Values.repairDigits("21860194600000.0")).contains("21860194600000");
        assertThat(Values.repairDigits("2.18601946E13")).contains("21860194600000");
        assertThat(Values.repairDigits("01101")).isEmpty();
        assertThat(Values.repairDigits("1.5E0")).isEmpty();
    }

    @Test
    void yes_and_no_in_three_languages() {
        assertThat(Values.parseBoolean("Oui")).contains(true);
        assertThat(Values.parseBoolean("نعم")).contains(true);
        assertThat(Values.parseBoolean("NON")).contains(false);
        assertThat(Values.parseBoolean("لا")).contains(false);
        assertThat(Values.parseBoolean("peut-être")).isEmpty();
    }

    @Property
    void a_written_number_reads_back(@ForAll @BigRange(min = "0", max = "1e15") @Scale(3) BigDecimal n,
            @ForAll boolean comma) {
        assertThat(Values.parseNumber(Values.formatNumber(n, comma ? ',' : '.'))).hasValueSatisfying(
                back -> assertThat(back).isEqualByComparingTo(n));
    }

    @Property
    void numbers_with_grouping_read_back(@ForAll @IntRange(min = 1000, max = 2_000_000_000) int n,
            @ForAll("groupings") String grouping) {
        String digits = String.valueOf(n);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(grouping);
            }
            grouped.append(digits.charAt(i));
        }
        assertThat(Values.parseNumber(grouped + ",50")).contains(new BigDecimal(n + ".50"));
    }

    @Provide
    Arbitrary<String> groupings() {
        return Arbitraries.of(" ", "\u00A0", "\u202F", ".", "'");
    }

    @Property
    void a_written_date_reads_back(@ForAll("dates") LocalDate date) {
        assertThat(Values.parseDate(Values.formatDate(date, FR))).contains(date);
        assertThat(Values.parseDate(Values.formatDate(date, ISO))).contains(date);
    }

    @Property
    void a_written_date_time_reads_back(@ForAll("dateTimes") OffsetDateTime time) {
        assertThat(Values.parseDateTime(Values.formatDateTime(time, FR))).contains(time);
    }

    @Property
    void arabic_indic_digits_read_as_ascii(@ForAll("dates") LocalDate date) {
        String written = Values.formatDate(date, FR);
        StringBuilder arabic = new StringBuilder();
        for (char c : written.toCharArray()) {
            arabic.append(Character.isDigit(c) ? (char) ('\u0660' + (c - '0')) : c);
        }
        assertThat(Values.parseDate(arabic.toString())).contains(date);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return JisrArbitraries.dates();
    }

    @Provide
    Arbitrary<OffsetDateTime> dateTimes() {
        return JisrArbitraries.dateTimes();
    }
}
