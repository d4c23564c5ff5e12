package org.jisr.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jisr.model.AuthorityKind;
import org.jisr.model.Identifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in lists hold what their sources say, and a folder can replace them. */
class ReferenceDataTest {

    private static final ReferenceData DATA = ReferenceData.builtIn();

    private static Authority find(String scheme, String value) {
        return DATA.find(Identifier.of(scheme, value)).orElseThrow(() -> new AssertionError(scheme + " " + value));
    }

    @Test
    void tunisia_has_24_governorates_and_the_350_municipalities_of_2018() {
        List<Authority> governorates = DATA.list("TN", AuthorityKind.GOVERNORATE);
        List<Authority> municipalities = DATA.list("TN", AuthorityKind.COMMUNE);

        assertThat(governorates).hasSize(24);
        assertThat(municipalities).hasSize(350);
        assertThat(municipalities).allSatisfy(m -> {
            assertThat(m.id().value()).matches("TN-[0-9]{2}-[0-9]{3}");
            assertThat(m.arabicName()).isNotBlank();
            assertThat(m.name()).isNotBlank();
            assertThat(m.parent()).isNotNull();
            assertThat(m.id().value()).startsWith(m.parent().value() + "-");
            assertThat(DATA.find(m.parent())).map(Authority::kind).contains(AuthorityKind.GOVERNORATE);
        });
        // Per-governorate counts of the 2018 list (governorates_joined.csv): Nabeul 28, Jendouba 14, Kairouan 19.
        Map<String, Integer> perGovernorate = new HashMap<>();
        municipalities.forEach(m -> perGovernorate.merge(m.parent().value(), 1, Integer::sum));
        assertThat(perGovernorate).containsEntry("TN-21", 28).containsEntry("TN-32", 14).containsEntry("TN-41", 19)
                .containsEntry("TN-11", 8);
        // The 2016 reform created 86 municipalities; the shapes file says so for the 81 it can be joined to.
        assertThat(municipalities.stream().filter(m -> Boolean.TRUE.equals(m.createdIn2016()))).hasSize(81);
        assertThat(municipalities.stream().filter(m -> m.createdIn2016() == null)).hasSize(6);
    }

    @Test
    void legacy_codes_are_alternate_identifiers_of_their_own_scheme_never_mixed() {
        // DISCREPANCIES.md: Bou Arada is 34012 (ISO order: 34 = Siliana) and 2412 (old INS order: 24 = Siliana).
        Authority bouArada = find(Identifier.TN_ONSHOR_5, "34012");
        assertThat(find(Identifier.TN_INS_4, "2412")).isEqualTo(bouArada);
        assertThat(bouArada.name()).isEqualTo("Bou Arada");
        assertThat(bouArada.parent()).isEqualTo(Identifier.of(Identifier.ISO_3166_2, "TN-34"));
        // "34…" is Sfax in the old INS order: 3411 is Sfax, not a municipality of Siliana.
        assertThat(find(Identifier.TN_INS_4, "3411").name()).isEqualTo("Sfax");
        assertThat(find(Identifier.TN_ONSHOR_5, "61011").name()).isEqualTo("Sfax");
        assertThat(find(Identifier.TN_ONSHOR_5, "11013")).isEqualTo(find(Identifier.TN_INS_4, "1115"))
                .extracting(Authority::name).isEqualTo("Carthage");
        // Gabès: 81011 (ISO 81) and 5111 (INS 51); 5111 is not Sousse.
        assertThat(find(Identifier.TN_ONSHOR_5, "81011")).isEqualTo(find(Identifier.TN_INS_4, "5111"));

        Map<String, String> insOfGovernorate = Map.ofEntries(Map.entry("TN-11", "11"), Map.entry("TN-12", "12"),
                Map.entry("TN-13", "13"), Map.entry("TN-14", "14"), Map.entry("TN-21", "15"), Map.entry("TN-22", "16"),
                Map.entry("TN-23", "17"), Map.entry("TN-31", "21"), Map.entry("TN-32", "22"), Map.entry("TN-33", "23"),
                Map.entry("TN-34", "24"), Map.entry("TN-41", "41"), Map.entry("TN-42", "42"), Map.entry("TN-43", "43"),
                Map.entry("TN-51", "31"), Map.entry("TN-52", "32"), Map.entry("TN-53", "33"), Map.entry("TN-61", "34"),
                Map.entry("TN-71", "61"), Map.entry("TN-72", "62"), Map.entry("TN-73", "63"), Map.entry("TN-81", "51"),
                Map.entry("TN-82", "52"), Map.entry("TN-83", "53"));
        for (Authority m : DATA.list("TN", AuthorityKind.COMMUNE)) {
            for (Identifier legacy : m.alternateIds()) {
                String governorate = m.parent().value();
                switch (legacy.scheme()) {
                    case Identifier.TN_ONSHOR_5 -> assertThat(legacy.value()).as(m.name())
                            .matches("[0-9]{5}").startsWith(governorate.substring(3));
                    case Identifier.TN_INS_4 -> assertThat(legacy.value()).as(m.name())
                            .matches("[0-9]{4}").startsWith(insOfGovernorate.get(governorate));
                    default -> throw new AssertionError("unexpected scheme " + legacy);
                }
            }
            // Municipalities created in 2016 cannot have a code of the pre-2016 lists.
            if (Boolean.TRUE.equals(m.createdIn2016())) {
                assertThat(m.alternateIds()).as(m.name()).isEmpty();
            }
        }
    }

    @Test
    void french_lists_give_communes_departements_regions_and_epci_by_code_and_siren() {
        Authority marseille = find(Identifier.FR_INSEE_COG_COMMUNE, "13055");
        assertThat(marseille.name()).isEqualTo("Marseille");
        assertThat(marseille.status()).isEqualTo(Authority.Status.CURRENT);
        assertThat(marseille.parent()).isEqualTo(Identifier.of(Identifier.FR_INSEE_COG_DEPARTEMENT, "13"));
        Identifier siren = marseille.alternateIds().get(0);
        assertThat(siren.scheme()).isEqualTo(Identifier.FR_SIREN);
        assertThat(DATA.find(siren)).contains(marseille);
        assertThat(find(Identifier.FR_INSEE_COG_COMMUNE, "2A004").name()).isEqualTo("Ajaccio");
        assertThat(find(Identifier.FR_INSEE_COG_DEPARTEMENT, "13").name()).isEqualTo("Bouches-du-Rhône");
        assertThat(find(Identifier.FR_INSEE_COG_REGION, "93").name()).isEqualTo("Provence-Alpes-Côte d'Azur");
        assertThat(find(Identifier.FR_SIREN, "200000172").kind()).isEqualTo(AuthorityKind.EPCI);
        assertThat(DATA.list("FR", AuthorityKind.DEPARTEMENT)).hasSize(109);
        assertThat(DATA.list("FR", AuthorityKind.REGION)).hasSize(26);
        assertThat(DATA.list("FR", AuthorityKind.EPCI)).hasSize(1255);
        // 13000 is a postcode, not a commune; 01015 (Arbignieu) is now a commune déléguée.
        assertThat(DATA.find(Identifier.of(Identifier.FR_INSEE_COG_COMMUNE, "13000"))).isEmpty();
        Authority arbignieu = DATA.communes("01015").stream().filter(a -> a.name().equals("Arbignieu")).findFirst()
                .orElseThrow();
        assertThat(arbignieu.status()).isEqualTo(Authority.Status.DELEGATED);
        assertThat(DATA.communes("13201")).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(Authority.Status.MUNICIPAL_ARRONDISSEMENT);
            assertThat(a.partOf()).isEqualTo(Identifier.of(Identifier.FR_INSEE_COG_COMMUNE, "13055"));
        });
    }

    @Test
    void the_vintage_is_recorded() {
        assertThat(DATA.vintage().france()).isEqualTo("COG 2026");
        assertThat(DATA.vintage().franceSource()).contains("decoupage-administratif 6.0.0", "Licence Ouverte");
        assertThat(DATA.vintage().tunisia()).isEqualTo("ISIE 2018");
        assertThat(DATA.vintage().of("TN")).isEqualTo("ISIE 2018");
    }

    @Test
    void a_folder_replaces_the_lists_it_holds_and_keeps_the_others(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("tn-municipalities.tsv"),
                "id\tgovernorate\tnameFr\tnameAr\tcreated2016\tonshor5\tins4\taliases\n"
                        + "TN-51-001\t51\tSousse\tسوسة\tno\t51011\t3111\t\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("vintage.properties"), "tn.vintage = test 2030\n", StandardCharsets.UTF_8);

        ReferenceData replaced = ReferenceData.load(folder);

        assertThat(replaced.vintage().tunisia()).isEqualTo("test 2030");
        assertThat(replaced.vintage().france()).isEqualTo("COG 2026");
        assertThat(replaced.list("TN", AuthorityKind.COMMUNE)).singleElement()
                .extracting(a -> a.id().value()).isEqualTo("TN-51-001");
        assertThat(replaced.list("TN", AuthorityKind.GOVERNORATE)).hasSize(24);
        assertThat(replaced.matcher().resolve("سوسة", MatchScope.country("TN").kinds(AuthorityKind.COMMUNE)))
                .map(c -> c.authority().id().value()).contains("TN-51-001");
        assertThat(replaced.find(Identifier.of(Identifier.FR_INSEE_COG_COMMUNE, "13055"))).isPresent();
    }

    /**
     * Measures the heap the loaded lists and name indexes take (printed, for the documentation),
     * and keeps it under a bound well above the measure, so that a change that multiplies it fails.
     */
    @Test
    void the_loaded_lists_are_small_in_memory(@TempDir Path empty) {
        Runtime runtime = Runtime.getRuntime();
        long before = used(runtime);
        ReferenceData fresh = ReferenceData.load(empty);
        fresh.find(Identifier.of(Identifier.FR_INSEE_COG_COMMUNE, "13055"));
        fresh.find(Identifier.of(Identifier.TN_MUNICIPALITY, "TN-51-017"));
        long lists = used(runtime) - before;
        fresh.matcher().match("Sousse");
        long all = used(runtime) - before;
        System.out.printf("reference lists: %.1f MB loaded, %.1f MB with the name indexes%n", lists / 1e6, all / 1e6);
        assertThat(fresh.matcher().match("Sousse")).isNotEmpty();
        assertThat(all).isLessThan(64_000_000L);
    }

    private static long used(Runtime runtime) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
