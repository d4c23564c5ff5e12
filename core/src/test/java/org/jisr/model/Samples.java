package org.jisr.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-built model values for tests: one record of each type with every optional part set, in a
 * document with full metadata. Together they use every value type of the model and every kind of
 * JSON value in extensions.
 */
public final class Samples {

    private Samples() {
    }

    /** A text given in a non-sorted order, with Arabic. */
    public static MultilingualText text(String fr, String ar) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("fr", fr);
        texts.put("ar", ar);
        texts.put("en", "[en] " + fr);
        return MultilingualText.of(texts);
    }

    /** Extensions using every kind of JSON value, members given in a non-sorted order. */
    public static Extensions extensions(String namespace) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("zeta", new JsonValue.StringValue("آخر — “quoted” \\ and \"escaped\" \u0001"));
        members.put("alpha", new JsonValue.NumberValue(new BigDecimal("-12.50")));
        members.put("big", new JsonValue.NumberValue(new BigDecimal("123456789012345678901234567890.000001")));
        members.put("flag", new JsonValue.BooleanValue(true));
        members.put("off", new JsonValue.BooleanValue(false));
        members.put("nothing", JsonValue.NullValue.INSTANCE);
        members.put("list", new JsonValue.ArrayValue(List.of(
                new JsonValue.NumberValue(BigDecimal.ONE),
                new JsonValue.StringValue("two"),
                new JsonValue.ArrayValue(List.of()),
                JsonValue.ObjectValue.of(Map.of()))));
        members.put("nested", JsonValue.ObjectValue.of(Map.of("b", new JsonValue.StringValue("B"),
                "a", new JsonValue.StringValue("A"))));
        Map<String, JsonValue.ObjectValue> namespaces = new LinkedHashMap<>();
        namespaces.put(namespace, JsonValue.ObjectValue.of(members));
        namespaces.put("a-first", JsonValue.ObjectValue.of(Map.of("n", new JsonValue.NumberValue(BigDecimal.TEN))));
        return Extensions.of(namespaces);
    }

    public static Place place() {
        return new Place(text("Mairie", "مقر البلدية"), text("1 rue de la République", "1 نهج الجمهورية"),
                text("Sousse", "سوسة"), Reference.to("tn-sousse"), "TN", new GeoPoint(35.8256, 10.6369));
    }

    public static Source source() {
        return new Source(text("Visite de travail", "زيارة عمل"), "https://example.org/news/visite",
                text("Journal", "جريدة"), OffsetDateTime.of(2024, 12, 11, 18, 30, 15, 0, ZoneOffset.ofHours(1)),
                LocalDate.of(2025, 1, 5), "ar", "CC-BY-4.0");
    }

    public static Source sourceWithDate() {
        return new Source(text("Rapport annuel", "التقرير السنوي"), "https://example.org/report.pdf",
                text("Cités Unies France", "مدن فرنسا المتحدة"), LocalDate.of(2024, 3, 1),
                LocalDate.of(2025, 1, 6), "fr", "Licence Ouverte 2.0");
    }

    public static DocumentLink documentLink() {
        return new DocumentLink(text("Convention", "اتفاقية"), "https://example.org/convention.pdf",
                DocumentKind.AGREEMENT_TEXT, "fr", LocalDate.of(2023, 5, 2));
    }

    public static Funding funding() {
        return new Funding(Reference.to("org-cuf"), Reference.to("tn-sousse"), Money.of("15000.500", "TND"),
                LocalDate.of(2024, 2, 1), 2024, text("Formation", "تكوين"), FundingInstrument.GRANT);
    }

    public static Participation namedParticipation() {
        return Participation.of(Reference.to("fr-marseille"), ParticipantRole.VISITING_DELEGATION,
                AttendanceMode.IN_PERSON).withDescription(text("Délégation de 5 élus", "وفد من 5 منتخبين"));
    }

    public static Participation groupParticipation() {
        return Participation.ofGroup(new ParticipantGroup(text("Associations françaises", "جمعيات فرنسية"),
                        "association", "FR", 7), ParticipantRole.PARTICIPANT, AttendanceMode.ONLINE)
                .withDescription(text("En ligne", "عن بعد"));
    }

    public static LocalAuthority localAuthority() {
        return LocalAuthority.builder("tn-sousse")
                .name(text("Commune de Sousse", "بلدية سوسة"))
                .kind(AuthorityKind.COMMUNE)
                .country("TN")
                .parent(Reference.to("urn:iso:3166-2:TN-51"))
                .website("https://www.commune-sousse.gov.tn/")
                .place(place())
                .identifier(Identifier.of(Identifier.TN_MUNICIPALITY, "TN-51-001"))
                .identifier(Identifier.of(Identifier.WIKIDATA, "Q190916"))
                .source(source())
                .extensions(extensions("tn.sousse"))
                .build();
    }

    public static Organization organization() {
        return Organization.builder("org-cuf")
                .name(text("Cités Unies France", "مدن فرنسا المتحدة"))
                .acronym("CUF")
                .kind(OrganizationKind.FEDERATION_OF_AUTHORITIES)
                .country("FR")
                .parent(Reference.to("https://example.org/org/uclg"))
                .founded(Year.of(1975))
                .description(text("Fédération des collectivités", "اتحاد الجماعات"))
                .website("https://cites-unies-france.org/")
                .place(place())
                .identifier(Identifier.of(Identifier.FR_SIREN, "775663693"))
                .source(sourceWithDate())
                .extensions(extensions("fr.cuf"))
                .build();
    }

    public static Organization organizationFoundedOnADay() {
        return organization().toBuilder().id("org-cfad").acronym("CFAD").kind(OrganizationKind.TRAINING_CENTRE)
                .founded(LocalDate.of(1993, 6, 14)).build();
    }

    public static Partnership partnership() {
        return Partnership.builder("ptn-sousse-marseille")
                .name(text("Jumelage Sousse–Marseille", "توأمة سوسة ومرسيليا"))
                .kind(PartnershipKind.TWINNING)
                .status(PartnershipStatus.ACTIVE)
                .party(Reference.to("tn-sousse"))
                .party(Reference.to("fr-marseille"))
                .signed(LocalDate.of(2023, 5, 2))
                .period(new TimeSpan(LocalDate.of(2023, 5, 2), LocalDate.of(2026, 5, 1), "Africa/Tunis"))
                .theme(Theme.DECENTRALIZED_COOPERATION)
                .theme(Theme.WASTE_MANAGEMENT)
                .supporter(new Involvement(Reference.to("org-cuf"), ParticipantRole.TECHNICAL_SUPPORT))
                .description(text("Coopération sur les déchets", "تعاون في مجال النفايات"))
                .document(documentLink())
                .funding(funding())
                .identifier(Identifier.of("x-cuf-atlas", "1234"))
                .source(source())
                .extensions(extensions("fr.marseille"))
                .build();
    }

    public static Project project() {
        return Project.builder("prj-dechets")
                .title(text("Gestion des déchets", "التصرف في النفايات"))
                .partnership(Reference.to("ptn-sousse-marseille"))
                .status(ProjectStatus.ONGOING)
                .description(text("Projet pilote", "مشروع نموذجي"))
                .goal(text("Trier", "الفرز"))
                .goal(text("Composter", "التسميد"))
                .theme(Theme.WASTE_MANAGEMENT)
                .period(new TimeSpan(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), "Europe/Paris"))
                .participant(Participation.of(Reference.to("tn-sousse"), ParticipantRole.LEAD, null))
                .participant(groupParticipation())
                .budget(Money.of("120000", "EUR"))
                .funding(new Funding(null, null, Money.of("5000.250", "TND"), null, null, null, null))
                .funding(funding())
                .document(documentLink())
                .identifier(Identifier.of(Identifier.URI, "https://example.org/projects/dechets"))
                .source(sourceWithDate())
                .extensions(extensions("fr.afd.projets"))
                .build();
    }

    public static Event event() {
        return Event.builder("evt-atelier")
                .kind(EventKind.WORKSHOP)
                .title(text("Atelier déchets", "ورشة عمل حول النفايات"))
                .description(text("Atelier technique", "ورشة تقنية"))
                .status(EventStatus.HELD)
                .period(new TimeSpan(OffsetDateTime.of(2024, 12, 10, 9, 0, 0, 0, ZoneOffset.ofHours(1)),
                        OffsetDateTime.of(2024, 12, 10, 12, 30, 0, 500_000_000, ZoneOffset.ofHours(1)), "Africa/Tunis"))
                .attendanceMode(AttendanceMode.HYBRID)
                .venue(place())
                .parent(Reference.to("evt-visite"))
                .partnership(Reference.to("ptn-sousse-marseille"))
                .project(Reference.to("prj-dechets"))
                .organizer(Reference.to("tn-sousse"))
                .organizer(Reference.to("org-cfad"))
                .participant(namedParticipation())
                .participant(groupParticipation())
                .theme(Theme.WASTE_MANAGEMENT)
                .theme(Theme.EXCHANGE_OF_EXPERTISE)
                .outcome(new Outcome(OutcomeKind.RECOMMENDATION, text("Trier à la source", "الفرز من المصدر")))
                .document(new DocumentLink(text("Programme", "البرنامج"), "https://example.org/programme.pdf",
                        DocumentKind.PROGRAMME, "ar", LocalDate.of(2024, 12, 1)))
                .identifier(Identifier.of(Identifier.URI, "urn:uuid:4f1c0b7e-1d2a-4b61-9a57-0c9e4a0b2f11"))
                .source(source())
                .extensions(extensions("tn.cfad"))
                .build();
    }

    public static DocumentMetadata metadata() {
        return new DocumentMetadata("https://example.org/exchanges/2024-12", OffsetDateTime.of(2025, 1, 7, 8, 0, 0, 0,
                ZoneOffset.UTC), Reference.to("org-cuf"), "fr", text("Échange Sousse–Marseille", "تبادل سوسة ومرسيليا"),
                text("Données de la coopération", "بيانات التعاون"), extensions("org.jisr.sample"));
    }

    /** Every record type, every value type, every optional part. */
    public static ExchangeDocument document() {
        return new ExchangeDocument(metadata(), List.of(localAuthority(), organization(), organizationFoundedOnADay(),
                partnership(), project(), event()));
    }
}
