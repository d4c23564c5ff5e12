package org.jisr.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.jisr.model.AttendanceMode;
import org.jisr.model.AuthorityKind;
import org.jisr.model.DocumentKind;
import org.jisr.model.DocumentLink;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.Event;
import org.jisr.model.EventKind;
import org.jisr.model.EventStatus;
import org.jisr.model.ExchangeDocument;
import org.jisr.model.Extensions;
import org.jisr.model.Funding;
import org.jisr.model.FundingInstrument;
import org.jisr.model.GeoPoint;
import org.jisr.model.Identifier;
import org.jisr.model.Involvement;
import org.jisr.model.JisrRecord;
import org.jisr.model.JsonValue;
import org.jisr.model.LocalAuthority;
import org.jisr.model.Money;
import org.jisr.model.MultilingualText;
import org.jisr.model.Organization;
import org.jisr.model.OrganizationKind;
import org.jisr.model.Outcome;
import org.jisr.model.OutcomeKind;
import org.jisr.model.ParticipantGroup;
import org.jisr.model.ParticipantRole;
import org.jisr.model.Participation;
import org.jisr.model.Partnership;
import org.jisr.model.PartnershipKind;
import org.jisr.model.PartnershipStatus;
import org.jisr.model.Place;
import org.jisr.model.Project;
import org.jisr.model.ProjectStatus;
import org.jisr.model.Reference;
import org.jisr.model.Source;
import org.jisr.model.Theme;
import org.jisr.model.TimeSpan;

/**
 * jqwik arbitraries for every record and value type of the Jisr model.
 *
 * <p>What they generate is valid against Jisr's JSON Schema and passes its model checks without
 * error (a few stressing texts draw a warning, such as an Arabic presentation form): ids, language
 * tags, country codes and identifiers have the right shapes and can exist (SIREN and SIRET
 * numbers carry correct Luhn check digits, INSEE codes name real départements and régions,
 * Tunisian municipality ids real governorates), periods end after they start, lists hold no
 * duplicates where the schema forbids them.
 * Texts are realistic: Arabic from the vocabulary of Tunisian municipal cooperation (and random
 * Arabic-script words), French with accents, apostrophes and hyphens, English; a few carry
 * characters that stress a JSON writer (quotes, backslashes, emoji). References are not
 * resolved: a generated record may refer to ids that no generated record has.
 *
 * <p>Every method returns a new arbitrary; arbitraries are immutable and may be shared.
 *
 * <pre>{@code
 * @Property
 * void events_survive_my_export(@ForAll("events") Event event) { ... }
 *
 * @Provide
 * Arbitrary<Event> events() { return JisrArbitraries.events(); }
 * }</pre>
 *
 * @since 0.1
 */
public final class JisrArbitraries {

    private static final List<String> ARABIC_WORDS = List.of(
            "ورشة", "عمل", "التعاون", "اللامركزي", "البلديات", "التونسية", "الفرنسية", "بلدية", "تونس", "قرطاج",
            "سليمان", "رأس الجبل", "تستور", "المهدية", "سوسة", "المنستير", "الحمامات", "أريانة", "باردو", "وفد",
            "زيارة", "مركز", "التكوين", "ودعم", "اللامركزية", "وزارة", "الداخلية", "الجامعة", "الانتقال", "النظيف",
            "التصرف", "في", "الفضلات", "الفيضانات", "المياه", "المستعملة", "الأمطار", "الطاقة", "القدرات",
            "المؤسساتية", "توأمة", "شراكة", "مشروع", "الجماعات", "المحلية", "الخبرات", "والتجارب", "ولاية",
            "معتمدية", "التهيئة", "الترابية", "الفضاءات", "العمومية", "التراث", "الثقافة", "البيئة", "المناخ");
    private static final List<String> FRENCH_WORDS = List.of(
            "atelier", "coopération", "décentralisée", "communes", "tunisiennes", "françaises", "jumelage",
            "délégation", "visite", "séminaire", "formation", "Cités", "Unies", "France", "Carthage", "Sousse",
            "Hammamet", "Monastir", "Saint-Étienne", "Aix-en-Provence", "Boulogne-Billancourt", "Nevers",
            "Marseille", "Versailles", "l'eau", "d'appui", "à", "la", "le", "les", "des", "du", "et", "gestion",
            "déchets", "inondations", "énergie", "transition", "écologique", "patrimoine", "espaces", "publics",
            "aménagement", "territoire", "littoral", "renforcement", "capacités", "élus", "agents", "Œuvre",
            "maïs", "ça", "Île-de-France", "Côte", "d'Azur");
    private static final List<String> ENGLISH_WORDS = List.of(
            "workshop", "decentralized", "cooperation", "municipalities", "Tunisian", "French", "twinning",
            "delegation", "visit", "seminar", "training", "waste", "management", "flood", "risk", "energy",
            "clean", "transition", "capacity", "building", "heritage", "public", "spaces", "of", "the", "and");
    /** Strings that a JSON writer must escape or pass through with care. */
    private static final List<String> TRICKY = List.of(
            "guillemets \"droits\"", "barre \\ oblique", "emoji 🤝🏽", "tab\tand\nnewline", "</script>",
            "'apostrophe'", "€ 1 500,00", "١٢٣ أرقام", "‘’“”", "ﷺ ligature");

    private static final List<String> LANGUAGE_TAGS = List.of("ar", "fr", "en", "ar-TN", "fr-TN", "fr-FR", "ar-Latn");
    private static final List<String> COUNTRIES = List.of("FR", "TN", "DZ", "MA", "IT", "DE", "BE", "SN");
    private static final List<String> TIME_ZONES = List.of("Africa/Tunis", "Europe/Paris", "UTC", "America/Martinique");
    /** The regions of the COG since 2016 and the overseas ones (INSEE region codes). */
    private static final List<String> REGIONS = List.of("01", "02", "03", "04", "06", "11", "24", "27", "28", "32",
            "44", "52", "53", "75", "76", "84", "93", "94");
    /** The 24 governorates of Tunisia, as the numbers of their ISO 3166-2:TN codes. */
    private static final List<String> TN_GOVERNORATES = List.of("11", "12", "13", "14", "21", "22", "23", "31", "32",
            "33", "34", "41", "42", "43", "51", "52", "53", "61", "71", "72", "73", "81", "82", "83");
    private static final List<String> CURRENCIES = List.of("EUR", "TND", "USD", "JPY");

    private JisrArbitraries() {
    }

    // ---- texts

    /**
     * Arabic text: one to six words of municipal-cooperation vocabulary or random Arabic letters.
     *
     * @return the arbitrary
     */
    public static Arbitrary<String> arabicText() {
        // Arabic letters hamza to ghain and feh to yeh: no tatweel (U+0640), no harakat.
        Arbitrary<String> randomWord = Arbitraries.strings().withCharRange('\u0621', '\u063A')
                .withCharRange('\u0641', '\u064A').ofMinLength(2).ofMaxLength(9);
        Arbitrary<String> word = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(ARABIC_WORDS)), Tuple.of(1, randomWord));
        return word.list().ofMinSize(1).ofMaxSize(6).map(words -> String.join(" ", words));
    }

    /**
     * French text with accents, apostrophes and hyphens; now and then a string that stresses a
     * JSON writer.
     *
     * @return the arbitrary
     */
    public static Arbitrary<String> frenchText() {
        Arbitrary<String> words = Arbitraries.of(FRENCH_WORDS).list().ofMinSize(1).ofMaxSize(6)
                .map(w -> String.join(" ", w));
        return Arbitraries.frequencyOf(Tuple.of(9, words), Tuple.of(1, Arbitraries.of(TRICKY)));
    }

    /**
     * English text.
     *
     * @return the arbitrary
     */
    public static Arbitrary<String> englishText() {
        return Arbitraries.of(ENGLISH_WORDS).list().ofMinSize(1).ofMaxSize(6).map(w -> String.join(" ", w));
    }

    /**
     * BCP 47 language tags in canonical case, from the languages of Franco-Tunisian exchanges.
     *
     * @return the arbitrary
     */
    public static Arbitrary<String> languageTags() {
        return Arbitraries.of(LANGUAGE_TAGS);
    }

    /**
     * Multilingual texts in one to four languages, each text in its language's script.
     *
     * @return the arbitrary
     */
    public static Arbitrary<MultilingualText> multilingualTexts() {
        return Arbitraries.subsetOf(LANGUAGE_TAGS).ofMinSize(1).ofMaxSize(4).flatMap(tags -> {
            List<String> ordered = tags.stream().sorted().toList();
            List<Arbitrary<String>> texts = ordered.stream().map(JisrArbitraries::textIn).toList();
            return Combinators.combine(texts).as(values -> {
                TreeMap<String, String> map = new TreeMap<>();
                for (int i = 0; i < ordered.size(); i++) {
                    map.put(ordered.get(i), values.get(i));
                }
                return new MultilingualText(map);
            });
        });
    }

    private static Arbitrary<String> textIn(String tag) {
        if (tag.equals("ar") || tag.startsWith("ar-") && !tag.equals("ar-Latn")) {
            return arabicText();
        }
        if (tag.startsWith("fr") || tag.equals("ar-Latn")) {
            return frenchText();
        }
        return englishText();
    }

    // ---- identifiers and references

    /**
     * Record ids such as {@code event-ab3} or {@code tn.commune.sousse}.
     *
     * @return the arbitrary
     */
    public static Arbitrary<String> recordIds() {
        Arbitrary<String> prefix = Arbitraries.of("event", "org", "fr-commune", "tn-commune", "partnership", "project",
                "tn.municipality", "x");
        Arbitrary<String> suffix = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-', '_', '.')
                .ofMinLength(1).ofMaxLength(24).filter(s -> Character.isLetterOrDigit(s.charAt(0)));
        return Combinators.combine(prefix, suffix).as((p, s) -> p + "-" + s);
    }

    /**
     * References: mostly local ids, sometimes external URIs.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Reference> references() {
        return Arbitraries.frequencyOf(Tuple.of(5, recordIds()), Tuple.of(1, uris())).map(Reference::new);
    }

    /**
     * Absolute URIs ({@code https://…}, {@code urn:…}).
     *
     * @return the arbitrary
     */
    public static Arbitrary<String> uris() {
        Arbitrary<String> path = Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(12);
        return Combinators.combine(Arbitraries.of("https://www.example.org/", "https://data.example.tn/", "urn:jisr:"),
                path).as(String::concat);
    }

    /**
     * ISO 3166-1 alpha-2 country codes, mostly FR and TN.
     *
     * @return the arbitrary
     */
    public static Arbitrary<String> countryCodes() {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of("FR", "TN")), Tuple.of(1, Arbitraries.of(COUNTRIES)));
    }

    /**
     * Identifiers in every scheme of the codelist and in private schemes, with values of the right
     * shape (SIREN and SIRET with a correct Luhn check digit).
     *
     * @return the arbitrary
     */
    public static Arbitrary<Identifier> identifiers() {
        return Arbitraries.oneOf(List.of(
                Combinators.combine(Arbitraries.of("01", "13", "2A", "2B", "58", "75", "95"), communeNumbers())
                        .as((d, n) -> Identifier.of(Identifier.FR_INSEE_COG_COMMUNE, d + n)),
                Combinators.combine(Arbitraries.of("971", "974", "976"), Arbitraries.integers().between(1, 99))
                        .as((d, n) -> Identifier.of(Identifier.FR_INSEE_COG_COMMUNE, d + String.format(java.util.Locale.ROOT, "%02d", n))),
                Arbitraries.of("13", "2B", "75", "974").map(d -> Identifier.of(Identifier.FR_INSEE_COG_DEPARTEMENT, d)),
                Arbitraries.of(REGIONS).map(r -> Identifier.of(Identifier.FR_INSEE_COG_REGION, r)),
                digits(8).map(d -> Identifier.of(Identifier.FR_SIREN, withLuhn(d))),
                Combinators.combine(digits(8), digits(4))
                        .as((siren, nic) -> Identifier.of(Identifier.FR_SIRET, withLuhn(withLuhn(siren) + nic))),
                Arbitraries.of("TN-11", "TN-12", "TN-51", "TN-83", "FR-IDF", "FR-13")
                        .map(c -> Identifier.of(Identifier.ISO_3166_2, c)),
                Combinators.combine(Arbitraries.of(TN_GOVERNORATES), digits(3))
                        .as((g, n) -> Identifier.of(Identifier.TN_MUNICIPALITY, "TN-" + g + "-" + n)),
                digits(5).map(d -> Identifier.of(Identifier.TN_ONSHOR_5, d)),
                digits(4).map(d -> Identifier.of(Identifier.TN_INS_4, d)),
                uris().map(u -> Identifier.of(Identifier.URI, u)),
                Arbitraries.integers().between(1, 99_999_999).map(q -> Identifier.of(Identifier.WIKIDATA, "Q" + q)),
                Combinators.combine(Arbitraries.of("x-erp", "x-ville-de-sousse", "x-cuf"), frenchText())
                        .as(Identifier::of)));
    }

    /** The three digits of a commune within its département: never {@code 000}, which no commune has. */
    private static Arbitrary<String> communeNumbers() {
        return Arbitraries.integers().between(1, 999).map(n -> String.format(java.util.Locale.ROOT, "%03d", n));
    }

    private static Arbitrary<String> digits(int n) {
        return Arbitraries.strings().numeric().ofLength(n);
    }

    /**
     * Appends the Luhn check digit to a string of digits, as SIREN and SIRET numbers carry it.
     *
     * @param digits the digits without check digit
     * @return the digits followed by their check digit
     */
    public static String withLuhn(String digits) {
        int sum = 0;
        boolean twice = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return digits + (10 - sum % 10) % 10;
    }

    // ---- time, money, places

    /**
     * Dates from 1950 to 2060.
     *
     * @return the arbitrary
     */
    public static Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(1950, 1, 1).toEpochDay(), LocalDate.of(2060, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    /**
     * Date-times from 1950 to 2060 with a whole-minute or whole-hour offset, sometimes with
     * fractions of a second.
     *
     * @return the arbitrary
     */
    public static Arbitrary<OffsetDateTime> dateTimes() {
        Arbitrary<LocalTime> times = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60))),
                Tuple.of(1, Arbitraries.longs().between(0, 86_399_999_999_999L).map(LocalTime::ofNanoOfDay)));
        Arbitrary<ZoneOffset> offsets = Arbitraries.of(ZoneOffset.UTC, ZoneOffset.ofHours(1), ZoneOffset.ofHours(2),
                ZoneOffset.ofHours(-4), ZoneOffset.ofHoursMinutes(5, 30));
        return Combinators.combine(dates(), times, offsets).as(OffsetDateTime::of);
    }

    /**
     * Periods: spans of whole days or of instants, the end never before the start, sometimes open,
     * sometimes with an IANA time zone.
     *
     * @return the arbitrary
     */
    public static Arbitrary<TimeSpan> timeSpans() {
        Arbitrary<TimeSpan> days = Combinators.combine(dates(), Arbitraries.integers().between(-1, 30))
                .as((start, len) -> new TimeSpan(start, len < 0 ? null : start.plusDays(len), null));
        Arbitrary<TimeSpan> times = Combinators.combine(dateTimes(), Arbitraries.integers().between(-1, 72 * 60))
                .as((start, minutes) -> new TimeSpan(start, minutes < 0 ? null : start.plusMinutes(minutes), null));
        Arbitrary<TimeSpan> spans = Arbitraries.oneOf(days, times);
        return Combinators.combine(spans, Arbitraries.of(TIME_ZONES).injectNull(0.4))
                .as((span, zone) -> zone == null ? span : span.withTimeZone(zone));
    }

    /**
     * Amounts in EUR, TND, USD and JPY with the currency's minor units.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Money> money() {
        return Arbitraries.of(CURRENCIES).flatMap(currency -> {
            int minor = Money.minorUnits(currency).orElse(2);
            return Arbitraries.longs().between(0, 5_000_000_000L)
                    .map(units -> new Money(BigDecimal.valueOf(units, minor), currency));
        });
    }

    /**
     * Points on Earth, with coordinates rounded to 6 decimals.
     *
     * @return the arbitrary
     */
    public static Arbitrary<GeoPoint> geoPoints() {
        return Combinators.combine(
                Arbitraries.integers().between(-90_000_000, 90_000_000),
                Arbitraries.integers().between(-180_000_000, 180_000_000))
                .as((lat, lon) -> new GeoPoint(lat / 1_000_000.0, lon / 1_000_000.0));
    }

    /**
     * Places with at least one part.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Place> places() {
        return Combinators.combine(
                multilingualTexts().injectNull(0.3), multilingualTexts().injectNull(0.6),
                multilingualTexts().injectNull(0.5), references().injectNull(0.6), countryCodes().injectNull(0.3),
                geoPoints().injectNull(0.6))
                .as((name, address, locality, authority, country, geo) ->
                        name == null && address == null && locality == null && authority == null && country == null
                                && geo == null
                                ? new Place(null, null, null, null, "TN", null)
                                : new Place(name, address, locality, authority, country, geo));
    }

    // ---- parts of records

    /**
     * Sources with a title or a URL (or both).
     *
     * @return the arbitrary
     */
    public static Arbitrary<Source> sources() {
        Arbitrary<Temporal> published = Arbitraries.oneOf(dates(), dateTimes());
        return Combinators.combine(multilingualTexts().injectNull(0.2), uris().injectNull(0.4),
                multilingualTexts().injectNull(0.7), published.injectNull(0.4), dates().injectNull(0.7),
                languageTags().injectNull(0.5), Arbitraries.of("CC BY-SA 4.0", "Licence Ouverte 2.0", "MIT").injectNull(0.7))
                .as((title, url, publisher, when, accessed, language, license) -> new Source(
                        title == null && url == null ? MultilingualText.of("ar", "مقال") : title,
                        url, publisher, when, accessed, language, license));
    }

    /**
     * Links to documents.
     *
     * @return the arbitrary
     */
    public static Arbitrary<DocumentLink> documentLinks() {
        return Combinators.combine(multilingualTexts().injectNull(0.3), uris(),
                Arbitraries.of(DocumentKind.class).injectNull(0.3), languageTags().injectNull(0.5),
                dates().injectNull(0.5))
                .as(DocumentLink::new);
    }

    /**
     * Supporting organisations with their roles.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Involvement> involvements() {
        return Combinators.combine(references(), Arbitraries.of(ParticipantRole.class)).as(Involvement::new);
    }

    /**
     * Unnamed groups of participants.
     *
     * @return the arbitrary
     */
    public static Arbitrary<ParticipantGroup> participantGroups() {
        Arbitrary<String> kinds = Arbitraries.oneOf(
                Arbitraries.of(AuthorityKind.class).map(AuthorityKind::code),
                Arbitraries.of(OrganizationKind.class).map(OrganizationKind::code));
        return Combinators.combine(multilingualTexts(), kinds.injectNull(0.3), countryCodes().injectNull(0.3),
                Arbitraries.integers().between(1, 500).injectNull(0.5))
                .as(ParticipantGroup::new);
    }

    /**
     * Participations of a record or of a group.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Participation> participations() {
        Arbitrary<Participation> named = Combinators.combine(references(), Arbitraries.of(ParticipantRole.class),
                Arbitraries.of(AttendanceMode.class).injectNull(0.3), multilingualTexts().injectNull(0.7))
                .as((who, role, mode, text) -> new Participation(who, null, role, mode, text));
        Arbitrary<Participation> group = Combinators.combine(participantGroups(), Arbitraries.of(ParticipantRole.class),
                Arbitraries.of(AttendanceMode.class).injectNull(0.3), multilingualTexts().injectNull(0.7))
                .as((g, role, mode, text) -> new Participation(null, g, role, mode, text));
        return Arbitraries.frequencyOf(Tuple.of(3, named), Tuple.of(1, group));
    }

    /**
     * Outcomes of events.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Outcome> outcomes() {
        return Combinators.combine(Arbitraries.of(OutcomeKind.class).injectNull(0.3), multilingualTexts())
                .as(Outcome::new);
    }

    /**
     * Fundings with a funder or an amount.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Funding> fundings() {
        return Combinators.combine(references().injectNull(0.3), references().injectNull(0.5), money().injectNull(0.3),
                dates().injectNull(0.5), Arbitraries.integers().between(1990, 2040).injectNull(0.6),
                multilingualTexts().injectNull(0.5), Arbitraries.of(FundingInstrument.class).injectNull(0.4))
                .as((funder, recipient, amount, date, year, purpose, instrument) -> new Funding(
                        funder == null && amount == null ? new Reference("org-funder") : funder,
                        recipient, amount, date, year, purpose, instrument));
    }

    /**
     * Any JSON value, nested at most three levels deep, as carried by extensions.
     *
     * @return the arbitrary
     */
    public static Arbitrary<JsonValue> jsonValues() {
        return Arbitraries.recursive(JisrArbitraries::jsonScalars, JisrArbitraries::jsonContainers, 0, 3);
    }

    private static Arbitrary<JsonValue> jsonScalars() {
        return Arbitraries.oneOf(List.of(
                Arbitraries.oneOf(frenchText(), arabicText()).map(JsonValue.StringValue::new),
                Arbitraries.bigDecimals().between(new BigDecimal("-1e12"), new BigDecimal("1e12")).ofScale(3)
                        .map(JsonValue.NumberValue::new),
                Arbitraries.integers().map(i -> new JsonValue.NumberValue(BigDecimal.valueOf(i))),
                Arbitraries.of(true, false).map(JsonValue.BooleanValue::new),
                Arbitraries.just(JsonValue.NullValue.INSTANCE)));
    }

    private static Arbitrary<JsonValue> jsonContainers(Arbitrary<JsonValue> inner) {
        return Arbitraries.oneOf(
                inner.list().ofMaxSize(3).map(JsonValue.ArrayValue::new),
                Arbitraries.maps(memberNames(), inner).ofMaxSize(3).map(m -> JsonValue.ObjectValue.of(m)));
    }

    private static Arbitrary<String> memberNames() {
        return Arbitraries.oneOf(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10), arabicText());
    }

    /**
     * Extensions under one to three namespaces, mostly none.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Extensions> extensions() {
        Arbitrary<String> namespaces = Arbitraries.of("fr.paris.erp", "tn.sousse.baladiya", "org.example", "cuf",
                "ville-de-nevers");
        Arbitrary<JsonValue.ObjectValue> objects = Arbitraries.maps(memberNames(), jsonValues()).ofMaxSize(4)
                .map(m -> JsonValue.ObjectValue.of(m));
        Arbitrary<Extensions> some = Arbitraries.maps(namespaces, objects).ofMinSize(1).ofMaxSize(3).map(Extensions::of);
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(Extensions.NONE)), Tuple.of(1, some));
    }

    // ---- records

    /**
     * Local authorities.
     *
     * @return the arbitrary
     */
    public static Arbitrary<LocalAuthority> localAuthorities() {
        return Builders.withBuilder(() -> LocalAuthority.builder("x"))
                .use(recordIds()).in(LocalAuthority.Builder::id)
                .use(multilingualTexts()).in(LocalAuthority.Builder::name)
                .use(Arbitraries.of(AuthorityKind.class)).in(LocalAuthority.Builder::kind)
                .use(countryCodes()).in(LocalAuthority.Builder::country)
                .use(references()).withProbability(0.4).in(LocalAuthority.Builder::parent)
                .use(uris()).withProbability(0.3).in(LocalAuthority.Builder::website)
                .use(places()).withProbability(0.3).in(LocalAuthority.Builder::place)
                .use(identifiers().list().ofMaxSize(3)).in((b, l) -> each(l, b::identifier, b))
                .use(sources().list().ofMaxSize(2)).in((b, l) -> each(l, b::source, b))
                .use(extensions()).in(LocalAuthority.Builder::extensions)
                .build(LocalAuthority.Builder::build);
    }

    /**
     * Organisations.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Organization> organizations() {
        Arbitrary<Temporal> founded = Arbitraries.oneOf(
                Arbitraries.integers().between(1000, 2999).map(Year::of), dates());
        return Builders.withBuilder(() -> Organization.builder("x"))
                .use(recordIds()).in(Organization.Builder::id)
                .use(multilingualTexts()).in(Organization.Builder::name)
                .use(Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(2).ofMaxLength(6)).withProbability(0.5)
                .in(Organization.Builder::acronym)
                .use(Arbitraries.of(OrganizationKind.class)).in(Organization.Builder::kind)
                .use(countryCodes()).withProbability(0.8).in(Organization.Builder::country)
                .use(references()).withProbability(0.2).in(Organization.Builder::parent)
                .use(founded).withProbability(0.4).in(Organization.Builder::founded)
                .use(multilingualTexts()).withProbability(0.5).in(Organization.Builder::description)
                .use(uris()).withProbability(0.3).in(Organization.Builder::website)
                .use(places()).withProbability(0.3).in(Organization.Builder::place)
                .use(identifiers().list().ofMaxSize(2)).in((b, l) -> each(l, b::identifier, b))
                .use(sources().list().ofMaxSize(2)).in((b, l) -> each(l, b::source, b))
                .use(extensions()).in(Organization.Builder::extensions)
                .build(Organization.Builder::build);
    }

    /**
     * Partnerships between two to four distinct parties.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Partnership> partnerships() {
        return Builders.withBuilder(() -> Partnership.builder("x"))
                .use(recordIds()).in(Partnership.Builder::id)
                .use(multilingualTexts()).withProbability(0.5).in(Partnership.Builder::name)
                .use(Arbitraries.of(PartnershipKind.class)).in(Partnership.Builder::kind)
                .use(Arbitraries.of(PartnershipStatus.class)).withProbability(0.6).in(Partnership.Builder::status)
                .use(references().list().ofMinSize(2).ofMaxSize(4).uniqueElements()).in((b, l) -> each(l, b::party, b))
                .use(dates()).withProbability(0.5).in(Partnership.Builder::signed)
                .use(timeSpans()).withProbability(0.5).in(Partnership.Builder::period)
                .use(themes()).in((b, l) -> each(l, b::theme, b))
                .use(involvements().list().ofMaxSize(3)).in((b, l) -> each(l, b::supporter, b))
                .use(multilingualTexts()).withProbability(0.5).in(Partnership.Builder::description)
                .use(documentLinks().list().ofMaxSize(2)).in((b, l) -> each(l, b::document, b))
                .use(fundings().list().ofMaxSize(2)).in((b, l) -> each(l, b::funding, b))
                .use(identifiers().list().ofMaxSize(2)).in((b, l) -> each(l, b::identifier, b))
                .use(sources().list().ofMaxSize(2)).in((b, l) -> each(l, b::source, b))
                .use(extensions()).in(Partnership.Builder::extensions)
                .build(Partnership.Builder::build);
    }

    /**
     * Projects.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Project> projects() {
        return Builders.withBuilder(() -> Project.builder("x"))
                .use(recordIds()).in(Project.Builder::id)
                .use(multilingualTexts()).in(Project.Builder::title)
                .use(references()).withProbability(0.6).in(Project.Builder::partnership)
                .use(Arbitraries.of(ProjectStatus.class)).withProbability(0.6).in(Project.Builder::status)
                .use(multilingualTexts()).withProbability(0.5).in(Project.Builder::description)
                .use(multilingualTexts().list().ofMaxSize(3)).in((b, l) -> each(l, b::goal, b))
                .use(themes()).in((b, l) -> each(l, b::theme, b))
                .use(timeSpans()).withProbability(0.6).in(Project.Builder::period)
                .use(participations().list().ofMaxSize(4)).in((b, l) -> each(l, b::participant, b))
                .use(money()).withProbability(0.5).in(Project.Builder::budget)
                .use(fundings().list().ofMaxSize(3)).in((b, l) -> each(l, b::funding, b))
                .use(documentLinks().list().ofMaxSize(2)).in((b, l) -> each(l, b::document, b))
                .use(identifiers().list().ofMaxSize(2)).in((b, l) -> each(l, b::identifier, b))
                .use(sources().list().ofMaxSize(2)).in((b, l) -> each(l, b::source, b))
                .use(extensions()).in(Project.Builder::extensions)
                .build(Project.Builder::build);
    }

    /**
     * Events.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Event> events() {
        return Builders.withBuilder(() -> Event.builder("x"))
                .use(recordIds()).in(Event.Builder::id)
                .use(Arbitraries.of(EventKind.class)).in(Event.Builder::kind)
                .use(multilingualTexts()).in(Event.Builder::title)
                .use(multilingualTexts()).withProbability(0.5).in(Event.Builder::description)
                .use(Arbitraries.of(EventStatus.class)).withProbability(0.6).in(Event.Builder::status)
                .use(timeSpans()).in(Event.Builder::period)
                .use(Arbitraries.of(AttendanceMode.class)).withProbability(0.6).in(Event.Builder::attendanceMode)
                .use(places()).withProbability(0.5).in(Event.Builder::venue)
                .use(references()).withProbability(0.3).in(Event.Builder::parent)
                .use(references().list().ofMaxSize(2)).in((b, l) -> each(l, b::partnership, b))
                .use(references().list().ofMaxSize(2)).in((b, l) -> each(l, b::project, b))
                .use(references().list().ofMaxSize(2)).in((b, l) -> each(l, b::organizer, b))
                .use(participations().list().ofMaxSize(5)).in((b, l) -> each(l, b::participant, b))
                .use(themes()).in((b, l) -> each(l, b::theme, b))
                .use(outcomes().list().ofMaxSize(3)).in((b, l) -> each(l, b::outcome, b))
                .use(documentLinks().list().ofMaxSize(2)).in((b, l) -> each(l, b::document, b))
                .use(identifiers().list().ofMaxSize(2)).in((b, l) -> each(l, b::identifier, b))
                .use(sources().list().ofMaxSize(2)).in((b, l) -> each(l, b::source, b))
                .use(extensions()).in(Event.Builder::extensions)
                .build(Event.Builder::build);
    }

    /**
     * Records of every type.
     *
     * @return the arbitrary
     */
    public static Arbitrary<JisrRecord> records() {
        return Arbitraries.oneOf(List.of(localAuthorities(), organizations(), partnerships(), projects(), events()));
    }

    /**
     * Document metadata, sometimes empty.
     *
     * @return the arbitrary
     */
    public static Arbitrary<DocumentMetadata> metadata() {
        return Combinators.combine(
                Arbitraries.oneOf(recordIds(), uris()).injectNull(0.5), dateTimes().injectNull(0.5),
                references().injectNull(0.6), languageTags().injectNull(0.5), multilingualTexts().injectNull(0.5),
                multilingualTexts().injectNull(0.7), extensions())
                .as(DocumentMetadata::new);
    }

    /**
     * Exchange documents of up to eight records with distinct ids.
     *
     * @return the arbitrary
     */
    public static Arbitrary<ExchangeDocument> documents() {
        return Combinators.combine(metadata(), records().list().ofMaxSize(8).uniqueElements(JisrRecord::id))
                .as(ExchangeDocument::new);
    }

    private static Arbitrary<List<Theme>> themes() {
        return Arbitraries.subsetOf(Theme.values()).ofMaxSize(4).map(s -> s.stream().sorted().toList());
    }

    private static <B, T> B each(List<T> values, java.util.function.Consumer<T> add, B builder) {
        values.forEach(add);
        return builder;
    }

    static Map<Class<?>, Arbitrary<?>> byType() {
        Map<Class<?>, Arbitrary<?>> map = new java.util.LinkedHashMap<>();
        map.put(LocalAuthority.class, localAuthorities());
        map.put(Organization.class, organizations());
        map.put(Partnership.class, partnerships());
        map.put(Project.class, projects());
        map.put(Event.class, events());
        map.put(JisrRecord.class, records());
        map.put(ExchangeDocument.class, documents());
        map.put(DocumentMetadata.class, metadata());
        map.put(MultilingualText.class, multilingualTexts());
        map.put(Identifier.class, identifiers());
        map.put(Reference.class, references());
        map.put(TimeSpan.class, timeSpans());
        map.put(Money.class, money());
        map.put(GeoPoint.class, geoPoints());
        map.put(Place.class, places());
        map.put(Source.class, sources());
        map.put(DocumentLink.class, documentLinks());
        map.put(Involvement.class, involvements());
        map.put(Participation.class, participations());
        map.put(ParticipantGroup.class, participantGroups());
        map.put(Outcome.class, outcomes());
        map.put(Funding.class, fundings());
        map.put(Extensions.class, extensions());
        map.put(JsonValue.class, jsonValues());
        return map;
    }
}
