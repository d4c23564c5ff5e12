package org.jisr.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jisr.model.ExchangeDocument;
import org.jisr.model.Funding;
import org.jisr.model.Identifier;
import org.jisr.model.JisrRecord;
import org.jisr.model.LocalAuthority;
import org.jisr.model.Organization;
import org.jisr.model.Project;
import org.jisr.model.AuthorityKind;
import org.jisr.spi.AdapterInput;
import org.jisr.testkit.tck.RecordingContext;
import org.jisr.validation.Finding;
import org.jisr.validation.ReadLimits;
import org.jisr.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The real French subsidy files (SCDL « Subventions ») read as projects with their funding, through
 * the mapping file checked in as an example ({@code examples/mappings/scdl-subventions.json}).
 */
class ScdlSubventionsTest {

    static final Path MAPPING = Path.of(System.getProperty("basedir", "."), "..", "..", "examples", "mappings",
            "scdl-subventions.json").normalize();

    static Stream<String> files() {
        return Stream.of("DEP_Lot_Subventions_2017_DONNEES.xlsx_pour_exemple.csv",
                "DEP_Nievre_CD58_SUBVENTIONS_2016_LISTE.csv", "DEP_Somme_TB_20180302_DONNEES_CONVENTIONS.csv",
                "DEP_Somme_TB_20180330_DONNEES_CONVENTIONS.csv",
                "SCDL_COM_Poitiers_citoyennete-subventions-directes-attribuees-aux-associations-2017-ville-de-poiti.csv",
                "SCDL_DEP_Haute_Garonne_datalocale-subvention.csv", "exemple_valide.csv");
    }

    record Read(ExchangeDocument doc, RecordingContext context) {
        List<Project> projects() {
            return doc.records().stream().filter(Project.class::isInstance).map(Project.class::cast).toList();
        }

        <T extends JisrRecord> T record(Class<T> type, String id) {
            return doc.records().stream().filter(type::isInstance).map(type::cast).filter(r -> r.id().equals(id))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + id + " in " + doc.records().stream()
                            .map(JisrRecord::id).toList()));
        }

        List<String> codes(Severity severity) {
            return context.findings().stream().filter(f -> f.severity() == severity).map(Finding::code).toList();
        }

        Finding first(String code) {
            return context.findings().stream().filter(f -> f.code().equals(code)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + code + " in " + context.findings()));
        }
    }

    static Read read(String file) {
        RecordingContext context = new RecordingContext(ReadLimits.DEFAULTS, Map.of("mapping", MAPPING.toString()));
        byte[] bytes = Bundles.resource("/scdl/" + file);
        return new Read(Bundles.read(new CsvFrAdapter(), AdapterInput.of(file, bytes), context), context);
    }

    @ParameterizedTest
    @MethodSource("files")
    void every_real_file_reads_as_projects_with_their_funding(String file) {
        Read read = read(file);

        // Real files hold real mistakes — «NC» as an amount, a month 30 — each one a finding at its cell.
        assertThat(read.codes(Severity.ERROR)).as(file + ": " + read.context.findings())
                .allMatch(c -> c.equals("adapter.spreadsheet-bad-number") || c.equals("adapter.spreadsheet-bad-date")
                        || c.equals("adapter.spreadsheet-unknown-code"));
        assertThat(read.context.findings()).allSatisfy(f -> assertThat(f.location().cell()).isNotNull());
        List<Project> projects = read.projects();
        assertThat(projects).isNotEmpty().allSatisfy(p -> {
            assertThat(p.title().get("fr")).isPresent();
            assertThat(p.funding()).singleElement().satisfies(f -> {
                assertThat(f.funder()).isNotNull();
                read.record(LocalAuthority.class, f.funder().value());
                if (f.recipient() != null) {
                    read.record(Organization.class, f.recipient().value());
                }
                if (f.amount() != null) {
                    assertThat(f.amount().currency()).isEqualTo("EUR");
                }
            });
        });
        // Nearly every subsidy has its amount and its beneficiary.
        assertThat(projects.stream().filter(p -> p.funding().get(0).amount() != null).count())
                .isGreaterThan(projects.size() * 9L / 10);
        assertThat(projects.stream().filter(p -> p.funding().get(0).recipient() != null).count())
                .isGreaterThan(projects.size() * 9L / 10);
    }

    @Test
    void windows_1252_with_decimal_comma_and_spaces_between_thousands() {
        Read read = read("DEP_Lot_Subventions_2017_DONNEES.xlsx_pour_exemple.csv");

        assertThat(read.first("adapter.spreadsheet-encoding").parameters()).containsEntry("encoding", "Windows-1252");
        assertThat(read.first("adapter.spreadsheet-separator").parameters()).containsEntry("separator", ";");
        Project first = read.projects().get(0);
        Funding f = first.funding().get(0);
        assertThat(f.amount().amount()).isEqualByComparingTo(new BigDecimal("40000.00"));
        assertThat(f.date()).isEqualTo(LocalDate.of(2017, 12, 21));
        assertThat(first.title().get("fr")).contains("Soutien financier");
        assertThat(first.period().start()).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(first.period().end()).isEqualTo(LocalDate.of(2018, 3, 31));
        LocalAuthority lot = read.record(LocalAuthority.class, f.funder().value());
        assertThat(lot.name().get("fr")).contains("Departement du Lot");
        assertThat(lot.identifiers()).containsExactly(Identifier.of("fr-siret", "22460001500511"));
        Organization maires = read.record(Organization.class, f.recipient().value());
        assertThat(maires.name().get("fr")).contains("Association des maires et élus du Lot");
        // A quoted cell with doubled quotes, and the œ of Windows-1252.
        assertThat(read.doc.records()).anySatisfy(r -> assertThat(r).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name().get("fr")).contains("Association \"Ecaussystème\"")));
        assertThat(read.projects().get(1).title().get("fr").orElseThrow()).startsWith("Mise en œuvre");
        // The columns the model has no place for travel in extensions.
        assertThat(first.extensions().get("fr.opendatafrance.scdl")).isPresent();
    }

    @Test
    void a_utf8_bom_followed_by_windows_1252_and_year_first_dates() {
        Read read = read("DEP_Somme_TB_20180302_DONNEES_CONVENTIONS.csv");

        assertThat(read.first("adapter.spreadsheet-encoding").parameters())
                .containsEntry("encoding", "UTF-8 BOM then Windows-1252");
        Project first = read.projects().get(0);
        assertThat(first.funding().get(0).date()).isEqualTo(LocalDate.of(2017, 9, 8));
        assertThat(first.funding().get(0).amount().amount()).isEqualByComparingTo(new BigDecimal("26956.00"));
        assertThat(read.record(LocalAuthority.class, first.funding().get(0).funder().value()).name().get("fr"))
                .contains("Département de la Somme");
        assertThat(first.title().get("fr").orElseThrow()).contains("89 852 € HT");
    }

    @Test
    void older_column_names_a_comma_separator_and_a_siren_instead_of_a_siret() {
        Read read = read("DEP_Nievre_CD58_SUBVENTIONS_2016_LISTE.csv");

        assertThat(read.first("adapter.spreadsheet-separator").parameters()).containsEntry("separator", ",");
        Funding f = read.projects().get(0).funding().get(0);
        assertThat(f.amount().amount()).isEqualByComparingTo(new BigDecimal("17833"));
        LocalAuthority nievre = read.record(LocalAuthority.class, f.funder().value());
        assertThat(nievre.identifiers()).containsExactly(Identifier.of("fr-siren", "225800010"));
        assertThat(nievre.kind()).isEqualTo(AuthorityKind.DEPARTEMENT);
        assertThat(nievre.name().get("fr")).contains("Département de la Nièvre");
    }

    @Test
    void siret_numbers_damaged_into_floats_are_repaired_with_a_warning_at_their_cell() {
        Read read = read("SCDL_COM_Poitiers_citoyennete-subventions-directes-attribuees-aux-associations-2017-ville-de-poiti.csv");

        Finding damaged = read.first("adapter.spreadsheet-number-as-float");
        assertThat(damaged.severity()).isEqualTo(Severity.WARNING);
        assertThat(damaged.parameters()).containsEntry("value", "21860194600000.0").containsEntry("repaired",
                "21860194600000");
        assertThat(damaged.location().cell()).isEqualTo("C2");
        assertThat(damaged.location().line()).isEqualTo(2);
        Funding f = read.projects().get(0).funding().get(0);
        assertThat(f.year()).isEqualTo(2017);
        assertThat(f.amount().amount()).isEqualByComparingTo(new BigDecimal("10000"));
        assertThat(read.record(Organization.class, f.recipient().value()).identifiers())
                .containsExactly(Identifier.of("fr-siret", "45032466000000"));
    }

    @Test
    void the_invalid_schema_example_gives_located_findings_not_exceptions() {
        Read read = read("exemple_invalide_erreurs_cellules.csv");

        assertThat(read.codes(Severity.ERROR)).isNotEmpty();
        assertThat(read.context.findings()).allSatisfy(f -> {
            assertThat(f.location().file()).isEqualTo("exemple_invalide_erreurs_cellules.csv");
            assertThat(f.location().line()).isPositive();
        });
        Finding badDate = read.context.findings().stream()
                .filter(f -> f.code().equals("adapter.spreadsheet-unknown-code")).findFirst().orElseThrow();
        assertThat(badDate.location().cell()).startsWith("J");
    }

    @Test
    void the_mapping_file_is_read_from_the_examples_folder() {
        assertThat(Files.exists(MAPPING)).as(MAPPING.toString()).isTrue();
    }
}
