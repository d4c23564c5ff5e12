package org.jisr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jisr.json.JisrJson;
import org.jisr.model.AttendanceMode;
import org.jisr.model.AuthorityKind;
import org.jisr.model.Event;
import org.jisr.model.EventKind;
import org.jisr.model.ExchangeDocument;
import org.jisr.model.JisrRecord;
import org.jisr.model.LocalAuthority;
import org.jisr.model.MultilingualText;
import org.jisr.model.Organization;
import org.jisr.model.OrganizationKind;
import org.jisr.model.ParticipantRole;
import org.jisr.model.Participation;
import org.jisr.model.Reference;
import org.jisr.model.Theme;
import org.jisr.model.TimeSpan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The flagship example carries every fact of the seed article (see the seed's summary), with the
 * Arabic names exactly as the article writes them.
 */
class FlagshipFactsTest {

    /** The 11 twinned Tunisian municipalities, as the article lists them. */
    private static final List<String> MUNICIPALITIES = List.of(
            "تونس", "قرطاج", "سليمان", "رأس الجبل", "تستور", "المهدية", "سوسة", "المنستير", "الحمامات", "أريانة", "باردو");

    private static ExchangeDocument doc;
    private static String article;
    private static Event workshop;
    private static Event visit;

    @BeforeAll
    static void read() throws IOException {
        doc = JisrJson.create().readDocument(ExampleFiles.WORKSHOP);
        try (InputStream in = FlagshipFactsTest.class.getResourceAsStream("/seed/article-2024-12-12.txt")) {
            article = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8)
                    .replaceAll("(?U)\\s+", " ");
        }
        workshop = doc.recordsOf(Event.class).filter(e -> e.kind() == EventKind.WORKSHOP).findFirst().orElseThrow();
        visit = doc.recordsOf(Event.class).filter(e -> e.kind() == EventKind.VISIT).findFirst().orElseThrow();
    }

    @Test
    void the_workshop_was_held_on_10_december_2024_in_tunis_time() {
        assertThat(workshop.period()).isEqualTo(TimeSpan.ofDay(LocalDate.of(2024, 12, 10)).withTimeZone("Africa/Tunis"));
    }

    @Test
    void the_workshop_was_part_of_the_working_visit_of_9_to_11_december() {
        assertThat(workshop.parent()).isEqualTo(Reference.to(visit));
        assertThat(visit.period().start()).isEqualTo(LocalDate.of(2024, 12, 9));
        assertThat(visit.period().end()).isEqualTo(LocalDate.of(2024, 12, 11));
    }

    @Test
    void the_workshop_was_at_the_cfad_headquarters_in_tunis() {
        assertThat(workshop.venue()).isNotNull();
        assertThat(workshop.venue().name().get("ar")).hasValueSatisfying(n -> assertThat(n).contains("مركز التكوين ودعم اللامركزية"));
        assertThat(workshop.venue().locality().get("fr")).hasValue("Tunis");
        assertThat(workshop.venue().country()).isEqualTo("TN");
        Organization cfad = organizationNamed("مركز التكوين ودعم اللامركزية");
        assertThat(cfad.acronym()).isEqualTo("CFAD");
        assertThat(cfad.name().get("fr")).hasValue("Centre de Formation et d'Appui à la Décentralisation");
        assertThat(role(workshop, cfad)).isEqualTo(ParticipantRole.HOST);
    }

    @Test
    void the_visit_was_made_by_a_delegation_of_cites_unies_france_founded_in_1975() {
        Organization cuf = organizationNamed("أحياء فرنسية متحدة");
        assertThat(cuf.name().get("fr")).hasValue("Cités Unies France");
        assertThat(cuf.kind()).isEqualTo(OrganizationKind.ASSOCIATION);
        assertThat(cuf.country()).isEqualTo("FR");
        assertThat(cuf.founded()).isEqualTo(Year.of(1975));
        assertThat(role(visit, cuf)).isEqualTo(ParticipantRole.VISITING_DELEGATION);
    }

    @Test
    void the_eleven_twinned_municipalities_took_part_in_person() {
        List<LocalAuthority> present = workshop.participants().stream()
                .filter(p -> p.participant() != null)
                .map(p -> doc.find(p.participant().value()).orElseThrow())
                .filter(LocalAuthority.class::isInstance).map(LocalAuthority.class::cast)
                .toList();
        assertThat(present).extracting(a -> a.name().get("ar").orElseThrow())
                .containsExactlyInAnyOrderElementsOf(MUNICIPALITIES);
        assertThat(present).allSatisfy(a -> {
            assertThat(a.country()).isEqualTo("TN");
            assertThat(a.kind()).isEqualTo(AuthorityKind.COMMUNE);
            assertThat(a.name().get("fr")).isPresent();
            assertThat(attendance(workshop, a)).isEqualTo(AttendanceMode.IN_PERSON);
        });
    }

    @Test
    void french_municipalities_and_departements_followed_online_so_attendance_was_hybrid() {
        assertThat(workshop.attendanceMode()).isEqualTo(AttendanceMode.HYBRID);
        Set<String> onlineKinds = workshop.participants().stream()
                .filter(p -> p.group() != null && p.attendance() == AttendanceMode.ONLINE)
                .filter(p -> "FR".equals(p.group().country()))
                .map(p -> p.group().actorKind())
                .collect(Collectors.toSet());
        assertThat(onlineKinds).containsExactlyInAnyOrder("commune", "departement");
    }

    @Test
    void the_tunisian_institutions_took_part() {
        assertThat(role(workshop, organizationNamed("وزارة الداخلية"))).isEqualTo(ParticipantRole.PARTICIPANT);
        assertThat(role(workshop, organizationNamed("الهيئة العامة للاستشراف ومرافقة المسار اللامركزي")))
                .isEqualTo(ParticipantRole.PARTICIPANT);
        Organization federation = organizationNamed("الجامعة التونسية للبلديات التونسية");
        assertThat(federation.kind()).isEqualTo(OrganizationKind.FEDERATION_OF_AUTHORITIES);
        assertThat(role(workshop, federation)).isEqualTo(ParticipantRole.PARTICIPANT);
        Participation ministry = participation(workshop, organizationNamed("وزارة الداخلية"));
        assertThat(ministry.description().get("ar")).hasValueSatisfying(t -> assertThat(t).contains("الإدارات المركزية"));
    }

    @Test
    void french_associations_giving_technical_support_took_part() {
        assertThat(workshop.participants()).anySatisfy(p -> {
            assertThat(p.group()).isNotNull();
            assertThat(p.group().actorKind()).isEqualTo("association");
            assertThat(p.group().country()).isEqualTo("FR");
            assertThat(p.group().name().get("fr")).hasValueSatisfying(t -> assertThat(t).contains("accompagnent techniquement"));
            assertThat(p.description().get("ar")).hasValueSatisfying(t -> assertThat(article).contains(t));
        });
    }

    @Test
    void every_theme_the_article_raises_is_on_the_workshop() {
        assertThat(workshop.themes()).contains(Theme.DECENTRALIZED_COOPERATION, Theme.EXCHANGE_OF_EXPERTISE,
                Theme.CLIMATE_CHANGE, Theme.SUSTAINABILITY, Theme.CLEAN_TRANSITION, Theme.WASTE_MANAGEMENT,
                Theme.FLOOD_RISK, Theme.WASTEWATER_RAINWATER, Theme.ENERGY_MANAGEMENT, Theme.ECOLOGICAL_ALTERNATIVES,
                Theme.INSTITUTIONAL_CAPACITY);
    }

    @Test
    void the_outcomes_are_continued_coordination_revival_and_capacity_building() {
        List<String> outcomes = workshop.outcomes().stream().map(o -> o.description().get("ar").orElseThrow()).toList();
        assertThat(outcomes).anySatisfy(t -> assertThat(t).contains("المنصات الإلكترونية التفاعلية"));
        assertThat(outcomes).anySatisfy(t -> assertThat(t).contains("تنشيط علاقات التعاون اللامركزي"));
        assertThat(outcomes).anySatisfy(t -> assertThat(t).contains("القدرات المؤسساتية"));
        assertThat(workshop.outcomes()).allSatisfy(o -> assertThat(o.description().languages()).contains("ar", "fr"));
    }

    @Test
    void both_events_cite_the_article_with_its_publication_time() {
        for (Event e : List.of(workshop, visit)) {
            assertThat(e.sources()).anySatisfy(s -> {
                assertThat(s.published()).isEqualTo(OffsetDateTime.parse("2024-12-12T15:03:45+01:00"));
                assertThat(s.language()).isEqualTo("ar");
                assertThat(article).contains(s.title().get("ar").orElseThrow());
            });
        }
    }

    @Test
    void every_name_is_given_in_arabic_and_french_and_arabic_names_are_the_articles_own() {
        for (JisrRecord r : doc.records()) {
            MultilingualText name = r instanceof Event e ? e.title()
                    : r instanceof Organization o ? o.name() : ((LocalAuthority) r).name();
            assertThat(name.languages()).as(r.id()).contains("ar", "fr");
            if (!(r instanceof Event)) {
                assertThat(article).as(r.id()).contains(name.get("ar").orElseThrow());
            }
        }
    }

    private static Organization organizationNamed(String arabic) {
        return doc.recordsOf(Organization.class)
                .filter(o -> o.name().get("ar").filter(arabic::equals).isPresent())
                .findFirst().orElseThrow(() -> new AssertionError("no organisation named " + arabic));
    }

    private static Participation participation(Event event, JisrRecord who) {
        return event.participants().stream()
                .filter(p -> p.participant() != null && p.participant().value().equals(who.id()))
                .findFirst().orElseThrow(() -> new AssertionError(who.id() + " does not take part in " + event.id()));
    }

    private static ParticipantRole role(Event event, JisrRecord who) {
        return participation(event, who).role();
    }

    private static AttendanceMode attendance(Event event, JisrRecord who) {
        return participation(event, who).attendance();
    }
}
