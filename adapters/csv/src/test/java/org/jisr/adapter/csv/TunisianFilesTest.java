package org.jisr.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jisr.model.AuthorityKind;
import org.jisr.model.Event;
import org.jisr.model.ExchangeDocument;
import org.jisr.model.Identifier;
import org.jisr.model.LocalAuthority;
import org.jisr.spi.AdapterInput;
import org.jisr.testkit.tck.RecordingContext;
import org.jisr.validation.Finding;
import org.jisr.validation.ReadLimits;
import org.jisr.validation.Severity;
import org.junit.jupiter.api.Test;

/** Tunisian files (illustrative copies of real ones, see tunisia/PROVENANCE.md) read by csv-tn. */
class TunisianFilesTest {

    static final Path MAPPING = Path.of(System.getProperty("basedir", "."), "..", "..", "examples", "mappings",
            "tn-municipalities.json").normalize();

    private static ExchangeDocument read(String resource, RecordingContext context) {
        return Bundles.read(new CsvTnAdapter(), AdapterInput.of(resource.substring(resource.lastIndexOf('/') + 1),
                Bundles.resource(resource)), context);
    }

    @Test
    void a_municipality_list_imports_as_local_authorities_with_arabic_and_french_names() {
        RecordingContext context = new RecordingContext(ReadLimits.DEFAULTS, Map.of("mapping", MAPPING.toString()));
        ExchangeDocument doc = read("/tunisia/municipalities.csv", context);

        assertThat(context.errors()).isEmpty();
        List<LocalAuthority> all = doc.recordsOf(LocalAuthority.class).toList();
        List<LocalAuthority> communes = all.stream().filter(a -> a.kind() == AuthorityKind.COMMUNE).toList();
        assertThat(communes).hasSize(6);
        LocalAuthority carthage = communes.get(0);
        assertThat(carthage.id()).isEqualTo("tn-onshor-11013");
        assertThat(carthage.name().get("ar")).contains("قرطاج");
        assertThat(carthage.name().get("fr")).contains("Carthage");
        assertThat(carthage.country()).isEqualTo("TN");
        assertThat(carthage.identifiers()).containsExactly(Identifier.of("tn-onshor-5", "11013"));
        assertThat(carthage.place().geo().lat()).isEqualTo(36.854517);
        // The governorate is a record of its own, the parent of its municipalities.
        LocalAuthority tunis = all.stream().filter(a -> a.id().equals(carthage.parent().value())).findFirst().orElseThrow();
        assertThat(tunis.kind()).isEqualTo(AuthorityKind.GOVERNORATE);
        assertThat(tunis.name().get("ar")).contains("تونس");
        assertThat(all.stream().filter(a -> a.kind() == AuthorityKind.GOVERNORATE)).hasSize(4);

        // Arabic-Indic digits read as the code; the LRM mark, the Farsi yeh, the tatweel and the
        // shadda are kept in the names exactly as the file has them.
        LocalAuthority sidiBouSaid = communes.get(1);
        assertThat(sidiBouSaid.id()).isEqualTo("tn-onshor-11014");
        assertThat(sidiBouSaid.name().get("ar")).contains("\u200Eسيدي بوسعيد");
        assertThat(communes.get(2).name().get("ar")).contains("أریانة");
        assertThat(communes.get(5).name().get("ar")).contains("المـطـويّـة");
        // A decimal comma in a quoted cell.
        assertThat(communes.get(3).place().geo().lat()).isEqualTo(36.3525);

        // The title rows above the bilingual header were skipped, and said so.
        Finding titles = context.findings().stream().filter(f -> f.code().equals("adapter.spreadsheet-title-rows"))
                .findFirst().orElseThrow();
        assertThat(titles.parameters()).containsEntry("rows", "3");
        assertThat(context.findings()).anySatisfy(f -> assertThat(f.parameters()).containsEntry("separator", ","));
    }

    @Test
    void with_authorities_match_names_without_identifiers_get_the_identifier_the_reference_lists_give() {
        RecordingContext context = new RecordingContext(ReadLimits.DEFAULTS,
                Map.of("mapping", MAPPING.toString(), "authorities", "match"));
        List<LocalAuthority> read = read("/tunisia/names-only.csv", context).recordsOf(LocalAuthority.class).toList();

        assertThat(read).extracting(LocalAuthority::identifiers).containsExactly(
                List.of(Identifier.of("tn-municipality", "TN-33-006")),
                List.of(Identifier.of("tn-municipality", "TN-31-010")),
                List.of());
        // The names stay exactly as the file wrote them.
        assertThat(read.get(0).name().get("fr")).contains("El Kef");
        List<Finding> matched = context.findings().stream()
                .filter(f -> f.code().equals("adapter.authority-name-matched")).toList();
        assertThat(matched).hasSize(2);
        assertThat(matched.get(0).parameters()).containsEntry("name", "El Kef").containsEntry("value", "TN-33-006")
                .containsKey("score");
        assertThat(matched.get(0).location().toString()).contains("names-only.csv:2:");
        Finding unmatched = context.findings().stream().filter(f -> f.code().equals("adapter.authority-name-unmatched"))
                .findFirst().orElseThrow();
        assertThat(unmatched.parameters()).containsEntry("name", "Ville imaginaire").containsEntry("country", "TN");
        assertThat(unmatched.location().toString()).contains("names-only.csv:4:");
        for (String language : org.jisr.validation.FindingMessages.LANGUAGES) {
            assertThat(org.jisr.validation.FindingMessages.of(language).render(unmatched)).contains("Ville imaginaire");
        }

        RecordingContext without = new RecordingContext(ReadLimits.DEFAULTS, Map.of("mapping", MAPPING.toString()));
        assertThat(read("/tunisia/names-only.csv", without).recordsOf(LocalAuthority.class))
                .allSatisfy(a -> assertThat(a.identifiers()).isEmpty());
        assertThat(without.findings()).noneMatch(f -> f.code().startsWith("adapter.authority-"));
    }

    @Test
    void dates_with_tunisian_month_names_and_arabic_indic_digits() {
        RecordingContext context = new RecordingContext();
        ExchangeDocument doc = read("/tunisia/agenda.csv", context);

        assertThat(context.errors()).isEmpty();
        List<Event> events = doc.recordsOf(Event.class).toList();
        assertThat(events).hasSize(3);
        assertThat(events.get(0).period().start()).isEqualTo(LocalDate.of(2024, 12, 10));
        assertThat(events.get(0).period().end()).isEqualTo(LocalDate.of(2024, 12, 11));
        assertThat(events.get(1).period().start()).isEqualTo(LocalDate.of(2025, 1, 9));
        assertThat(events.get(1).period().end()).isEqualTo(LocalDate.of(2025, 2, 12));
        assertThat(events.get(2).period().start()).isEqualTo(LocalDate.of(2025, 8, 1));
        assertThat(events.get(0).title().get("ar")).contains("ورشة عمل حول التصرف في الفضلات");
        assertThat(events.get(1).kind().code()).isEqualTo("visit");
    }

    @Test
    void a_budget_file_is_read_structurally_and_what_cannot_be_mapped_is_a_located_finding() {
        RecordingContext context = new RecordingContext();
        ExchangeDocument doc = read("/tunisia/budget.csv", context);

        assertThat(doc.records()).isEmpty();
        assertThat(context.findings()).extracting(Finding::code).contains("adapter.spreadsheet-encoding",
                "adapter.spreadsheet-separator", "adapter.spreadsheet-unknown-table", "adapter.spreadsheet-no-table");
        Finding unknown = context.findings().stream().filter(f -> f.code().equals("adapter.spreadsheet-unknown-table"))
                .findFirst().orElseThrow();
        assertThat(unknown.severity()).isEqualTo(Severity.WARNING);
        assertThat(unknown.location().cell()).isEqualTo("A1");
        assertThat(unknown.location().file()).isEqualTo("budget.csv");
    }

    @Test
    void a_budget_mapping_keeps_leading_zeros_and_reads_millimes_as_dinars() {
        Path mapping = Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "tunisia",
                "budget-mapping.json");
        RecordingContext context = new RecordingContext(ReadLimits.DEFAULTS, Map.of("mapping", mapping.toString()));
        ExchangeDocument doc = read("/tunisia/budget.csv", context);

        assertThat(context.errors()).isEmpty();
        org.jisr.model.Project first = doc.recordsOf(org.jisr.model.Project.class).findFirst().orElseThrow();
        assertThat(first.id()).isEqualTo("budget-01100-0001");
        assertThat(first.identifiers()).containsExactly(Identifier.of("x-tn-budget-article", "01100"),
                Identifier.of("x-tn-budget-paragraph", "0001"));
        assertThat(first.budget().amount()).isEqualByComparingTo(new BigDecimal("960.000"));
        assertThat(first.budget().currency()).isEqualTo("TND");
        assertThat(first.title().get("ar")).contains("المنحة المخوّلة لرؤساء البلديات");
    }
}
