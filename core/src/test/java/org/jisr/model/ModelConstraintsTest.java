package org.jisr.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The model's constructors refuse what their Javadoc says they refuse, and accept the rest. */
class ModelConstraintsTest {

    private static final MultilingualText NAME = MultilingualText.of("fr", "Sousse");
    private static final LocalDate DAY = LocalDate.of(2024, 12, 10);
    private static final OffsetDateTime NINE = OffsetDateTime.of(2024, 12, 10, 9, 0, 0, 0, ZoneOffset.ofHours(1));

    // ---- records

    @Test
    void a_partnership_joins_at_least_two_parties() {
        Partnership.Builder none = Partnership.builder("p").kind(PartnershipKind.TWINNING);
        Partnership.Builder one = Partnership.builder("p").kind(PartnershipKind.TWINNING).party(Reference.to("a"));

        assertThatIllegalArgumentException().isThrownBy(none::build).withMessage("a partnership joins at least two parties");
        assertThatIllegalArgumentException().isThrownBy(one::build).withMessage("a partnership joins at least two parties");
        assertThat(one.party(Reference.to("b")).build().parties()).extracting(Reference::value).containsExactly("a", "b");
    }

    @Test
    void records_require_their_required_parts() {
        assertThatNullPointerException().isThrownBy(() -> LocalAuthority.builder("a").name(NAME).kind(AuthorityKind.COMMUNE)
                .build()).withMessage("country is required");
        assertThatNullPointerException().isThrownBy(() -> Organization.builder("o").name(NAME).build())
                .withMessage("kind is required");
        assertThatNullPointerException().isThrownBy(() -> Project.builder("p").build()).withMessage("title is required");
        assertThatNullPointerException().isThrownBy(() -> Event.builder("e").kind(EventKind.VISIT).title(NAME).build())
                .withMessage("period is required");
        assertThatIllegalArgumentException().isThrownBy(() -> Project.builder("").title(NAME).build())
                .withMessage("id must not be empty");
    }

    @Test
    void lists_must_not_hold_null() {
        List<Theme> themes = new ArrayList<>();
        themes.add(null);

        assertThatNullPointerException()
                .isThrownBy(() -> new Project("p", NAME, null, null, null, null, themes, null, null, null, null, null, null,
                        null, null))
                .withMessage("themes must not contain null");
    }

    @Test
    void an_organization_was_founded_in_a_year_or_on_a_day() {
        Organization.Builder b = Organization.builder("o").name(NAME).kind(OrganizationKind.NGO);

        assertThat(b.founded(Year.of(1975)).build().founded()).isEqualTo(Year.of(1975));
        assertThat(b.founded(DAY).build().founded()).isEqualTo(DAY);
        assertThatIllegalArgumentException().isThrownBy(() -> b.founded(NINE).build())
                .withMessage("founded must be a Year or a LocalDate, not OffsetDateTime");
    }

    // ---- value types

    @Test
    void a_participation_names_a_participant_or_a_group_not_both_nor_neither() {
        ParticipantGroup group = new ParticipantGroup(NAME, null, null, null);
        Reference participant = Reference.to("tn-sousse");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Participation(participant, group, ParticipantRole.HOST, null, null))
                .withMessage("a participation names either a participant or a group");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Participation(null, null, ParticipantRole.HOST, null, null))
                .withMessage("a participation names either a participant or a group");
        assertThat(Participation.of(participant, ParticipantRole.HOST, null).group()).isNull();
        assertThat(Participation.ofGroup(group, ParticipantRole.HOST, null).participant()).isNull();
        assertThatNullPointerException().isThrownBy(() -> Participation.of(participant, null, null))
                .withMessage("role is required");
    }

    @Test
    void a_time_span_does_not_mix_dates_and_date_times() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TimeSpan(DAY, NINE, null))
                .withMessage("start and end must both be dates or both be date-times");
        assertThatIllegalArgumentException().isThrownBy(() -> new TimeSpan(NINE, DAY, null))
                .withMessage("start and end must both be dates or both be date-times");
        assertThatIllegalArgumentException().isThrownBy(() -> new TimeSpan(LocalDateTime.of(2024, 12, 10, 9, 0), null, null))
                .withMessage("start must be a LocalDate or an OffsetDateTime, not LocalDateTime");
        assertThatNullPointerException().isThrownBy(() -> new TimeSpan(null, null, null)).withMessage("start is required");
        assertThat(TimeSpan.ofDay(DAY).isAllDay()).isTrue();
        assertThat(TimeSpan.ofTimes(NINE, NINE.plusHours(2)).isAllDay()).isFalse();
        assertThat(new TimeSpan(NINE, null, null).end()).isNull();
    }

    @Test
    void a_time_span_knows_its_zone_when_the_jvm_does() {
        assertThat(TimeSpan.ofDay(DAY).withTimeZone("Africa/Tunis").zone()).hasValueSatisfying(
                z -> assertThat(z.getId()).isEqualTo("Africa/Tunis"));
        assertThat(TimeSpan.ofDay(DAY).withTimeZone("Mars/Olympus").zone()).isEmpty();
        assertThat(TimeSpan.ofDay(DAY).zone()).isEmpty();
    }

    @Test
    void money_is_not_negative() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("-0.01", "EUR"))
                .withMessage("amount must not be negative: -0.01");
        assertThat(Money.of("0", "EUR").amount()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"eur", "EU", "EURO", "E1R", ""})
    void money_has_an_iso_4217_currency(String currency) {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1", currency))
                .withMessage("currency must be an ISO 4217 code: " + currency);
    }

    @Test
    void money_is_kept_with_its_currency_minor_units() {
        assertThat(Money.of("12.5", "EUR").amount()).isEqualTo(new BigDecimal("12.50"));
        assertThat(Money.of("12.5", "TND").amount()).isEqualTo(new BigDecimal("12.500"));
        assertThat(Money.of("100", "JPY").amount()).isEqualTo(new BigDecimal("100"));
        assertThat(Money.of("1E+3", "EUR").amount()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(Money.of("1.234", "EUR").amount()).isEqualTo(new BigDecimal("1.234"));
        assertThat(Money.of("12.5", "EUR")).isEqualTo(Money.of("12.50", "EUR"));
        // XAU (gold) has no minor units, ZZZ is no currency: the amount is kept as given.
        assertThat(Money.of("1.5", "XAU").amount()).isEqualTo(new BigDecimal("1.5"));
        assertThat(Money.of("1E+2", "ZZZ").amount()).isEqualTo(new BigDecimal("100"));
        assertThat(Money.minorUnits("TND")).hasValue(3);
        assertThat(Money.minorUnits("ZZZ")).isEmpty();
    }

    @Test
    void a_geo_point_is_on_earth() {
        assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(90.0001, 0)).withMessage("latitude out of range: 90.0001");
        assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(-91, 0)).withMessage("latitude out of range: -91.0");
        assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(0, 180.5)).withMessage("longitude out of range: 180.5");
        assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(0, -181)).withMessage("longitude out of range: -181.0");
        assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(Double.NaN, 0)).withMessage("latitude out of range: NaN");
        assertThatCode(() -> new GeoPoint(-90, 180)).doesNotThrowAnyException();
        assertThatCode(() -> new GeoPoint(90, -180)).doesNotThrowAnyException();
    }

    @Test
    void a_multilingual_text_has_at_least_one_non_empty_text() {
        assertThatIllegalArgumentException().isThrownBy(() -> MultilingualText.of(Map.of()))
                .withMessage("a multilingual text needs at least one language");
        assertThatIllegalArgumentException().isThrownBy(() -> MultilingualText.of("fr", ""))
                .withMessage("text in fr must not be empty");
        assertThatIllegalArgumentException().isThrownBy(() -> MultilingualText.of("", "Sousse"))
                .withMessage("language tag must not be empty");
        assertThat(MultilingualText.of("fr", "Sousse", "ar", "سوسة").languages()).containsExactly("ar", "fr");
        assertThat(MultilingualText.of("fr", "Sousse").get("ar")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Fr.paris", "fr..paris", "fr.paris.", "-fr", "fr_paris", "fr paris", "1fr", "", "fr.Paris"})
    void an_extension_namespace_is_reverse_dns_or_kebab_case(String namespace) {
        TreeMap<String, JsonValue.ObjectValue> namespaces = new TreeMap<>(Map.of(namespace, JsonValue.ObjectValue.of(Map.of())));

        assertThatIllegalArgumentException().isThrownBy(() -> new Extensions(namespaces))
                .withMessage("not a well-formed extension namespace: " + namespace);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr.paris.erp", "ville-de-sousse", "x", "org.jisr2.a-b"})
    void well_formed_namespaces_are_accepted(String namespace) {
        Extensions extensions = Extensions.of(Map.of(namespace, JsonValue.ObjectValue.of(Map.of())));

        assertThat(extensions.get(namespace)).isPresent();
        assertThat(extensions.isEmpty()).isFalse();
    }

    @Test
    void a_source_has_a_title_or_a_url() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Source(null, null, NAME, DAY, DAY, "fr", "CC-BY-4.0"))
                .withMessage("a source needs a title or a url");
        assertThatCode(() -> new Source(NAME, null, null, null, null, null, null)).doesNotThrowAnyException();
        assertThatCode(() -> new Source(null, "https://example.org", null, NINE, null, null, null)).doesNotThrowAnyException();
        assertThatIllegalArgumentException().isThrownBy(() -> new Source(NAME, null, null, Year.of(2024), null, null, null))
                .withMessage("published must be a LocalDate or an OffsetDateTime, not Year");
    }

    @Test
    void a_participant_group_has_a_known_actor_kind_and_at_least_one_member() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ParticipantGroup(NAME, "village", null, null))
                .withMessage("unknown actor kind: village");
        assertThatIllegalArgumentException().isThrownBy(() -> new ParticipantGroup(NAME, null, null, 0))
                .withMessage("size must be at least 1: 0");
        ParticipantGroup communes = new ParticipantGroup(NAME, "commune", "FR", 1);
        ParticipantGroup ngos = new ParticipantGroup(NAME, "ngo", null, null);
        assertThat(communes.authorityKind()).hasValue(AuthorityKind.COMMUNE);
        assertThat(communes.organizationKind()).isEmpty();
        assertThat(ngos.organizationKind()).hasValue(OrganizationKind.NGO);
        assertThat(ngos.authorityKind()).isEmpty();
    }

    @Test
    void a_place_has_at_least_one_part() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Place(null, null, null, null, null, null))
                .withMessage("a place needs at least one part");
        assertThatCode(() -> new Place(null, null, null, null, null, new GeoPoint(0, 0))).doesNotThrowAnyException();
    }

    @Test
    void a_funding_has_a_funder_or_an_amount() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Funding(null, Reference.to("a"), null, DAY, 2024, NAME, null))
                .withMessage("a funding needs a funder or an amount");
        assertThatCode(() -> new Funding(Reference.to("f"), null, null, null, null, null, null)).doesNotThrowAnyException();
        assertThatCode(() -> new Funding(null, null, Money.of("1", "EUR"), null, null, null, null)).doesNotThrowAnyException();
    }

    @Test
    void identifiers_and_references_are_not_empty() {
        assertThatIllegalArgumentException().isThrownBy(() -> Identifier.of("", "1")).withMessage("scheme must not be empty");
        assertThatIllegalArgumentException().isThrownBy(() -> Identifier.of("uri", "")).withMessage("value must not be empty");
        assertThatIllegalArgumentException().isThrownBy(() -> Reference.to("")).withMessage("reference must not be empty");
        assertThat(Identifier.of("x-cuf", "1").isPrivateScheme()).isTrue();
        assertThat(Identifier.of(Identifier.FR_SIREN, "211300553").isPrivateScheme()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"urn:x", "https://a", "urn:uuid:4f1c0b7e-1d2a-4b61-9a57-0c9e4a0b2f11", "http://example.org/a",
            "tag:jisr.org,2024:sousse", "x+y.z-w:1"})
    void a_reference_with_a_uri_scheme_is_external(String value) {
        assertThat(Reference.to(value).isExternal()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"org-cuf", "tn-sousse.2024", "A1_b", "1:x", "-a:b"})
    void a_reference_without_a_uri_scheme_is_local(String value) {
        assertThat(Reference.to(value).isExternal()).isFalse();
    }

    @Test
    void a_reference_to_a_record_names_its_id() {
        assertThat(Reference.to(Samples.localAuthority())).isEqualTo(Reference.to("tn-sousse"));
        assertThat(Reference.to("org-cuf")).hasToString("org-cuf");
    }

    @Test
    void json_numbers_normalise_a_negative_scale() {
        assertThat(new JsonValue.NumberValue(new BigDecimal("1E+3"))).isEqualTo(new JsonValue.NumberValue(new BigDecimal("1000")));
        assertThat(new JsonValue.NumberValue(new BigDecimal("1.50")).value()).hasScaleOf(2);
    }

    @Test
    void metadata_is_empty_only_without_any_part() {
        assertThat(DocumentMetadata.EMPTY.isEmpty()).isTrue();
        assertThat(new DocumentMetadata(null, null, null, null, null, null, null)).isEqualTo(DocumentMetadata.EMPTY);
        assertThat(new DocumentMetadata("x", null, null, null, null, null, null).isEmpty()).isFalse();
        assertThat(new DocumentMetadata(null, null, null, null, null, null, Samples.extensions("a")).isEmpty()).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new DocumentMetadata("", null, null, null, null, null, null))
                .withMessage("id must not be empty; leave it out instead");
    }

    @Test
    void a_document_finds_its_records() {
        ExchangeDocument doc = Samples.document();

        assertThat(doc.find("prj-dechets")).containsSame(doc.records().get(4));
        assertThat(doc.find("nowhere")).isEmpty();
        assertThat(doc.recordsOf(Organization.class)).extracting(Organization::id).containsExactly("org-cuf", "org-cfad");
        assertThat(doc.formatVersion()).isEqualTo("1.0");
    }
}
