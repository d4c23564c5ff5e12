package org.jisr.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the codelist files in {@code src/main/resources/org/jisr/schema/1.0/codelists/}: their
 * shape, their codes, the quality of their French, Arabic and English texts, and, for
 * {@code themes}, that the OECD DAC purpose codes exist and are active in the IATI Sector
 * codelist copied to {@code src/test/resources/iati/Sector.xml} (see its PROVENANCE.md).
 *
 * <p>Files are read from the module directory (Maven runs tests there), so a codelist that is
 * present on disk but unknown to this test is reported too.
 */
class CodelistsTest {

    private static final Path RESOURCES = Path.of("src/main/resources/org/jisr/schema/1.0");
    private static final Path CODELISTS = RESOURCES.resolve("codelists");
    private static final Path CODELIST_SCHEMA = RESOURCES.resolve("codelist.schema.json");

    /** The agreed codes of every codelist, in their agreed order (the schema's enums use the same). */
    private static final Map<String, List<String>> EXPECTED_CODES = expectedCodes();

    private static final Pattern KEBAB_CASE = Pattern.compile("^[a-z0-9]+(?:-[a-z0-9]+)*$");
    private static final Pattern DAC_CODE = Pattern.compile("^[0-9]{5}$");
    private static final Pattern SDG_TARGET = Pattern.compile("^[0-9]{1,2}\\.[0-9a-z]{1,2}$");
    private static final List<String> LANGUAGES = List.of("fr", "ar", "en");

    /** I-JSON: a duplicate member name is an error, not a silent overwrite. */
    private static final JsonMapper MAPPER =
            JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private static Map<String, String> dacStatusByCode;

    private static Map<String, List<String>> expectedCodes() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("themes", List.of("decentralized-cooperation", "institutional-capacity",
                "exchange-of-expertise", "local-governance", "climate-change", "sustainability",
                "clean-transition", "environment", "energy-management", "ecological-alternatives",
                "waste-management", "flood-risk", "wastewater-rainwater", "drinking-water",
                "coastal-management", "territorial-planning", "heritage-culture",
                "local-economic-development", "tourism", "mobility", "education-youth", "health",
                "digital", "gender-equality", "social-inclusion", "agriculture-food", "other"));
        m.put("authority-kinds", List.of("commune", "departement", "region", "epci", "governorate",
                "delegation", "district", "other"));
        m.put("organization-kinds", List.of("association", "ministry", "government-department",
                "public-agency", "federation-of-authorities", "training-centre", "ngo", "company",
                "international-organization", "embassy", "other"));
        m.put("partnership-kinds", List.of("twinning", "cooperation-agreement", "friendship-pact",
                "memorandum-of-understanding", "other"));
        m.put("partnership-statuses", List.of("planned", "negotiating", "active", "dormant",
                "suspended", "ended"));
        m.put("project-statuses", List.of("planned", "ongoing", "completed", "cancelled", "suspended"));
        m.put("event-kinds", List.of("workshop", "visit", "delegation", "seminar", "training",
                "conference", "signing", "meeting", "other"));
        m.put("event-statuses", List.of("scheduled", "held", "cancelled", "postponed"));
        m.put("participant-roles", List.of("organizer", "co-organizer", "host", "participant",
                "visiting-delegation", "speaker", "technical-support", "funder", "lead", "partner",
                "beneficiary", "observer"));
        m.put("attendance-modes", List.of("in-person", "online", "hybrid"));
        m.put("outcome-kinds", List.of("agreement", "commitment", "recommendation", "decision", "other"));
        m.put("document-kinds", List.of("agreement-text", "report", "minutes", "press-release",
                "programme", "other"));
        m.put("funding-instruments", List.of("grant", "loan", "in-kind", "co-financing", "other"));
        m.put("identifier-schemes", List.of("fr-insee-cog-commune", "fr-insee-cog-departement",
                "fr-insee-cog-region", "fr-siren", "fr-siret", "iso-3166-2", "tn-municipality",
                "tn-onshor-5", "tn-ins-4", "uri", "wikidata"));
        return m;
    }

    @BeforeAll
    static void readDacList() throws Exception {
        dacStatusByCode = readDacStatuses();
    }

    static Stream<String> codelistIds() {
        return EXPECTED_CODES.keySet().stream();
    }

    // ------------------------------------------------------------------ files and structure

    @Test
    void the_codelist_folder_holds_exactly_the_agreed_codelists() throws IOException {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.list(CODELISTS)) {
            files.forEach(f -> ids.add(f.getFileName().toString()));
        }
        assertThat(ids).as("files in %s", CODELISTS)
                .containsExactlyInAnyOrderElementsOf(
                        EXPECTED_CODES.keySet().stream().map(id -> id + ".json").toList());
    }

    @ParameterizedTest
    @MethodSource("codelistIds")
    void parses_as_strict_json_with_id_equal_to_file_name_and_version_1_0(String id) throws IOException {
        JsonNode root = read(id);
        assertThat(root.isObject()).as("%s: top level is an object", id).isTrue();
        assertThat(root.path("id").stringValue("")).as("%s: id", id).isEqualTo(id);
        assertThat(root.path("version").stringValue("")).as("%s: version", id).isEqualTo("1.0");
        assertThat(root.path("entries").isArray()).as("%s: entries is an array", id).isTrue();
        assertThat(root.path("entries").size()).as("%s: number of entries", id).isPositive();
    }

    @ParameterizedTest
    @MethodSource("codelistIds")
    void is_valid_against_the_codelist_schema(String id) throws IOException {
        List<com.networknt.schema.Error> errors = codelistSchema().validate(read(id));
        assertThat(errors).as("%s: errors against codelist.schema.json", id).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("codelistIds")
    void codes_are_unique_and_kebab_case(String id) throws IOException {
        List<String> codes = codes(read(id));
        assertThat(codes).as("%s: codes are unique", id).doesNotHaveDuplicates();
        assertThat(codes).as("%s: codes are kebab-case", id)
                .allSatisfy(code -> assertThat(code).matches(KEBAB_CASE));
    }

    @ParameterizedTest
    @MethodSource("codelistIds")
    void codes_are_the_agreed_ones_in_the_agreed_order(String id) throws IOException {
        assertThat(codes(read(id))).as("%s: codes", id).containsExactlyElementsOf(EXPECTED_CODES.get(id));
    }

    // ------------------------------------------------------------------ texts

    @ParameterizedTest
    @MethodSource("codelistIds")
    void title_description_and_every_label_have_non_blank_fr_ar_en(String id) throws IOException {
        JsonNode root = read(id);
        assertTrilingual(id + ": title", root.path("title"));
        assertTrilingual(id + ": description", root.path("description"));
        for (JsonNode entry : root.path("entries")) {
            String where = id + ": " + entry.path("code").stringValue("?");
            assertTrilingual(where + " label", entry.path("label"));
            if (entry.has("description")) {
                assertTrilingual(where + " description", entry.path("description"));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("codelistIds")
    void arabic_texts_use_only_arabic_letters_spaces_digits_and_common_punctuation(String id) throws IOException {
        List<String[]> arabic = arabicTexts(read(id));
        assertThat(arabic).as("%s: Arabic texts found", id).isNotEmpty();
        for (String[] text : arabic) {
            assertThat(text[1]).as("%s: %s", id, text[0])
                    .satisfies(s -> assertThat(s.codePoints().anyMatch(CodelistsTest::isArabicLetter))
                            .as("contains an Arabic letter").isTrue())
                    .satisfies(s -> assertThat(disallowedInArabic(s))
                            .as("characters not allowed in Arabic text").isEmpty())
                    .satisfies(s -> assertThat(s).as("no leading, trailing or double spaces")
                            .isEqualTo(s.strip()).doesNotContain("  "));
        }
    }

    @ParameterizedTest
    @MethodSource("codelistIds")
    void file_is_nfc_utf_8_without_bidi_controls_or_invisible_characters(String id) throws IOException {
        String text = Files.readString(file(id), StandardCharsets.UTF_8); // fails on malformed UTF-8
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as("%s: NFC", id).isTrue();
        assertThat(invisibleCharacters(text)).as("%s: bidi controls and invisible characters", id).isEmpty();
        assertThat(text).as("%s: ends with one newline", id).endsWith("}\n");
    }

    // ------------------------------------------------------------------ themes

    @Test
    void the_dac_list_is_read_with_its_statuses() {
        // Guards the checks below: if parsing found nothing, or ignored the status, they would prove nothing.
        assertThat(dacStatusByCode).hasSizeGreaterThan(300)
                .containsEntry("14050", "active")
                .containsEntry("41050", "withdrawn");
    }

    @Test
    void every_theme_has_dac_sectors_that_exist_and_are_active_in_the_dac_list() throws IOException {
        JsonNode entries = read("themes").path("entries");
        int total = 0;
        for (JsonNode entry : entries) {
            String code = entry.path("code").stringValue("?");
            JsonNode dac = entry.path("dacSectors");
            assertThat(dac.isArray()).as("themes/%s: dacSectors is an array", code).isTrue();
            List<String> values = strings(dac);
            assertThat(values).as("themes/%s: dacSectors unique", code).doesNotHaveDuplicates();
            for (String value : values) {
                assertThat(value).as("themes/%s: DAC code", code).matches(DAC_CODE);
                assertThat(dacStatusByCode.get(value))
                        .as("themes/%s: status of DAC code %s in iati/Sector.xml", code, value)
                        .isEqualTo("active");
                total++;
            }
        }
        assertThat(total).as("DAC codes checked").isPositive();
    }

    @Test
    void every_theme_has_well_formed_unique_sdg_targets() throws IOException {
        JsonNode entries = read("themes").path("entries");
        int total = 0;
        for (JsonNode entry : entries) {
            String code = entry.path("code").stringValue("?");
            JsonNode sdg = entry.path("sdgTargets");
            assertThat(sdg.isArray()).as("themes/%s: sdgTargets is an array", code).isTrue();
            List<String> values = strings(sdg);
            assertThat(values).as("themes/%s: sdgTargets", code)
                    .doesNotHaveDuplicates()
                    .allSatisfy(v -> assertThat(v).matches(SDG_TARGET));
            total += values.size();
        }
        assertThat(total).as("SDG targets checked").isPositive();
    }

    @Test
    void extra_theme_fields_appear_only_in_themes_and_scheme_fields_only_in_identifier_schemes() throws IOException {
        for (String id : EXPECTED_CODES.keySet()) {
            for (JsonNode entry : read(id).path("entries")) {
                String where = id + "/" + entry.path("code").stringValue("?");
                assertThat(entry.has("dacSectors") || entry.has("sdgTargets"))
                        .as("%s: dacSectors/sdgTargets", where).isEqualTo(id.equals("themes"));
                assertThat(entry.has("pattern") || entry.has("authority"))
                        .as("%s: pattern/authority", where).isEqualTo(id.equals("identifier-schemes"));
            }
        }
    }

    @Test
    void seed_themes_use_the_wording_of_the_flagship_article() throws IOException {
        Map<String, String> arabic = new HashMap<>();
        for (JsonNode entry : read("themes").path("entries")) {
            arabic.put(entry.path("code").stringValue(""), entry.path("label").path("ar").stringValue(""));
        }
        assertThat(arabic)
                .containsEntry("decentralized-cooperation", "التعاون اللامركزي")
                .containsEntry("clean-transition", "الانتقال النظيف")
                .containsEntry("waste-management", "التصرف في الفضلات")
                .containsEntry("flood-risk", "التصدي لأخطار الفيضانات")
                .containsEntry("wastewater-rainwater", "التصرف في المياه المستعملة ومياه الأمطار")
                .containsEntry("energy-management", "التحكم في الطاقة")
                .containsEntry("ecological-alternatives", "بدائل إيكولوجية نظيفة")
                .containsEntry("climate-change", "التغيرات المناخية")
                .containsEntry("sustainability", "الاستدامة")
                .containsEntry("institutional-capacity", "بناء القدرات المؤسساتية")
                .containsEntry("exchange-of-expertise", "تبادل الخبرات والتجارب");
    }

    // ------------------------------------------------------------------ identifier schemes

    @Test
    void every_identifier_scheme_has_an_anchored_pattern_and_an_authority() throws IOException {
        JsonNode entries = read("identifier-schemes").path("entries");
        assertThat(entries.size()).isPositive();
        for (JsonNode entry : entries) {
            String code = entry.path("code").stringValue("?");
            String pattern = entry.path("pattern").stringValue("");
            assertThat(pattern).as("identifier-schemes/%s: pattern anchored", code).startsWith("^").endsWith("$");
            assertThatCode(() -> Pattern.compile(pattern)).as("identifier-schemes/%s: pattern compiles", code)
                    .doesNotThrowAnyException();
            assertThat(entry.path("authority").stringValue("")).as("identifier-schemes/%s: authority", code).isNotBlank();
        }
    }

    @Test
    void identifier_scheme_patterns_accept_real_values_and_reject_wrong_ones() throws IOException {
        Map<String, Pattern> patterns = new HashMap<>();
        for (JsonNode entry : read("identifier-schemes").path("entries")) {
            patterns.put(entry.path("code").stringValue(""), Pattern.compile(entry.path("pattern").stringValue("")));
        }
        assertMatches(patterns, "fr-insee-cog-commune", List.of("13055", "2A004", "75056"), List.of("1305", "2C004", "130550"));
        assertMatches(patterns, "fr-insee-cog-departement", List.of("13", "2A", "2B", "971"), List.of("1", "2C", "979", "130"));
        assertMatches(patterns, "fr-insee-cog-region", List.of("93", "11"), List.of("9", "930"));
        assertMatches(patterns, "fr-siren", List.of("211300553"), List.of("21130055", "2113005531"));
        assertMatches(patterns, "fr-siret", List.of("21130055300016"), List.of("211300553"));
        assertMatches(patterns, "iso-3166-2", List.of("TN-11", "FR-13", "FR-IDF"), List.of("tn-11", "TN11", "TN-1234"));
        assertMatches(patterns, "tn-municipality", List.of("TN-11-001"), List.of("TN-11-01", "11-001", "TN-11"));
        assertMatches(patterns, "tn-onshor-5", List.of("11011", "34012"), List.of("1101", "110111"));
        assertMatches(patterns, "tn-ins-4", List.of("1115", "2412"), List.of("111", "11150"));
        assertMatches(patterns, "uri", List.of("https://jisr.org/x", "urn:isbn:0451450523"), List.of("jisr.org/x", "has space:x"));
        assertMatches(patterns, "wikidata", List.of("Q90", "Q1"), List.of("Q0", "q90", "P31"));
    }

    @Test
    void unofficial_identifier_schemes_say_so_in_their_authority_and_description() throws IOException {
        Set<String> unofficial = Set.of("tn-municipality", "tn-onshor-5", "tn-ins-4", "wikidata");
        Set<String> seen = new HashSet<>();
        for (JsonNode entry : read("identifier-schemes").path("entries")) {
            String code = entry.path("code").stringValue("");
            if (!unofficial.contains(code)) {
                continue;
            }
            seen.add(code);
            assertThat(entry.path("authority").stringValue("").toLowerCase()).as("%s: authority", code)
                    .containsAnyOf("not official", "unofficial");
            JsonNode d = entry.path("description");
            assertThat(d.path("fr").stringValue("").toLowerCase()).as("%s: fr description", code).contains("non officiel");
            assertThat(d.path("en").stringValue("").toLowerCase()).as("%s: en description", code).contains("not official");
            assertThat(d.path("ar").stringValue("")).as("%s: ar description", code).contains("غير رسمي");
        }
        assertThat(seen).isEqualTo(unofficial);
    }

    // ------------------------------------------------------------------ the schema of codelists

    @Test
    void the_codelist_schema_is_a_valid_2020_12_schema_with_its_id() throws IOException {
        JsonNode schema = MAPPER.readTree(Files.readString(CODELIST_SCHEMA, StandardCharsets.UTF_8));
        assertThat(schema.path("$id").stringValue("")).isEqualTo("https://jisr.org/schema/1.0/codelist.schema.json");
        assertThat(schema.path("$schema").stringValue("")).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(metaSchema.validate(schema)).as("errors against the 2020-12 meta-schema").isEmpty();
    }

    @Test
    void every_property_of_the_codelist_schema_has_a_title_and_a_description() throws IOException {
        JsonNode schema = MAPPER.readTree(Files.readString(CODELIST_SCHEMA, StandardCharsets.UTF_8));
        List<JsonNode> definitions = new ArrayList<>();
        definitions.add(schema);
        schema.path("$defs").values().forEach(definitions::add);
        int checked = 0;
        for (JsonNode definition : definitions) {
            assertThat(definition.path("title").stringValue("")).as("definition title").isNotBlank();
            assertThat(definition.path("description").stringValue("")).as("definition description").isNotBlank();
            for (Map.Entry<String, JsonNode> property : definition.path("properties").properties()) {
                assertThat(property.getValue().path("title").stringValue(""))
                        .as("title of property %s", property.getKey()).isNotBlank();
                assertThat(property.getValue().path("description").stringValue(""))
                        .as("description of property %s", property.getKey()).isNotBlank();
                checked++;
            }
        }
        assertThat(checked).as("properties checked").isGreaterThan(10);
    }

    @Test
    void the_codelist_schema_rejects_a_broken_codelist() throws IOException {
        // Shows that is_valid_against_the_codelist_schema can fail.
        String broken = "{\"id\": \"themes\", \"version\": \"1.0\","
                + " \"title\": {\"fr\": \"Thèmes\", \"en\": \"Themes\"},"
                + " \"description\": {\"fr\": \"x\", \"ar\": \"س\", \"en\": \"x\"},"
                + " \"entries\": [{\"code\": \"Not_Kebab\", \"label\": {\"fr\": \"a\", \"ar\": \"ب\", \"en\": \"a\"}}]}";
        assertThat(codelistSchema().validate(MAPPER.readTree(broken)))
                .extracting(com.networknt.schema.Error::getKeyword)
                .contains("required", "pattern");
    }

    // ------------------------------------------------------------------ helpers

    private static Path file(String id) {
        return CODELISTS.resolve(id + ".json");
    }

    private static JsonNode read(String id) throws IOException {
        return MAPPER.readTree(Files.readString(file(id), StandardCharsets.UTF_8));
    }

    private static Schema codelistSchema() throws IOException {
        JsonNode schema = MAPPER.readTree(Files.readString(CODELIST_SCHEMA, StandardCharsets.UTF_8));
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
    }

    private static List<String> codes(JsonNode root) {
        List<String> codes = new ArrayList<>();
        root.path("entries").forEach(e -> codes.add(e.path("code").stringValue("")));
        return codes;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> {
            assertThat(v.isString()).as("array item %s is a string", v).isTrue();
            values.add(v.stringValue());
        });
        return values;
    }

    private static void assertTrilingual(String where, JsonNode text) {
        assertThat(text.isObject()).as("%s is an object", where).isTrue();
        for (String language : LANGUAGES) {
            JsonNode value = text.path(language);
            assertThat(value.isString()).as("%s [%s] is a string", where, language).isTrue();
            assertThat(value.stringValue()).as("%s [%s]", where, language).isNotBlank();
        }
    }

    /** Every {@code "ar"} text of a codelist, as {location, text} pairs. */
    private static List<String[]> arabicTexts(JsonNode root) {
        List<String[]> texts = new ArrayList<>();
        texts.add(new String[] {"title", root.path("title").path("ar").stringValue("")});
        texts.add(new String[] {"description", root.path("description").path("ar").stringValue("")});
        for (JsonNode entry : root.path("entries")) {
            String code = entry.path("code").stringValue("?");
            texts.add(new String[] {code + " label", entry.path("label").path("ar").stringValue("")});
            if (entry.has("description")) {
                texts.add(new String[] {code + " description", entry.path("description").path("ar").stringValue("")});
            }
        }
        return texts;
    }

    /**
     * Letters of the standard Arabic alphabet (U+0621–U+063A, U+0641–U+064A). This excludes the
     * tatweel (U+0640), harakat and other combining marks, presentation forms, and Persian or Urdu
     * look-alikes such as U+06CC FARSI YEH and U+06BE HEH DOACHASHMEE.
     */
    private static boolean isArabicLetter(int cp) {
        return (cp >= 0x0621 && cp <= 0x063A) || (cp >= 0x0641 && cp <= 0x064A);
    }

    /** Characters allowed in Arabic text besides Arabic letters: space, ASCII digits, punctuation. */
    private static final String ARABIC_TEXT_PUNCTUATION = " \u060C\u061B\u061F.:()-/";

    private static List<String> disallowedInArabic(String s) {
        List<String> bad = new ArrayList<>();
        s.codePoints().forEach(cp -> {
            boolean ok = isArabicLetter(cp) || (cp >= '0' && cp <= '9') || ARABIC_TEXT_PUNCTUATION.indexOf(cp) >= 0;
            if (!ok) {
                bad.add(String.format("U+%04X", cp));
            }
        });
        return bad;
    }

    /**
     * Bidi controls and other invisible characters: every format character (Unicode category Cf:
     * LRM, RLM, ALM, embeddings, isolates, zero-width characters, BOM, soft hyphen), control
     * characters other than the line feed, spaces other than U+0020, line and paragraph separators,
     * private-use and unassigned code points, and blank-looking letters and marks.
     */
    private static List<String> invisibleCharacters(String text) {
        Set<Integer> blanks = Set.of(0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x2800, 0x3164, 0xFFA0, 0xFFFD);
        List<String> bad = new ArrayList<>();
        text.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean invisible = type == Character.FORMAT
                    || (type == Character.CONTROL && cp != '\n')
                    || (type == Character.SPACE_SEPARATOR && cp != ' ')
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE
                    || type == Character.UNASSIGNED
                    || (cp >= 0xFE00 && cp <= 0xFE0F)
                    || (cp >= 0xE0100 && cp <= 0xE01EF)
                    || blanks.contains(cp);
            if (invisible) {
                bad.add(String.format("U+%04X", cp));
            }
        });
        return bad;
    }

    private static void assertMatches(Map<String, Pattern> patterns, String scheme, List<String> good, List<String> bad) {
        Pattern p = patterns.get(scheme);
        assertThat(p).as("pattern of %s", scheme).isNotNull();
        assertThat(good).as("%s accepts", scheme).allSatisfy(v -> assertThat(v).matches(p));
        assertThat(bad).as("%s rejects", scheme).allSatisfy(v -> assertThat(v).doesNotMatch(p));
    }

    /**
     * Reads {@code iati/Sector.xml} from the test class path with the JDK's DOM parser, secure
     * processing on and no DTD or external entity, and returns each code's {@code status}.
     */
    private static Map<String, String> readDacStatuses() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(true);
        Document document;
        try (InputStream in = CodelistsTest.class.getResourceAsStream("/iati/Sector.xml")) {
            assertThat(in).as("iati/Sector.xml on the test class path").isNotNull();
            document = factory.newDocumentBuilder().parse(in);
        }
        Map<String, String> statuses = new HashMap<>();
        NodeList items = document.getElementsByTagName("codelist-item");
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            NodeList code = item.getElementsByTagName("code");
            assertThat(code.getLength()).as("codelist-item #%d has one code", i).isEqualTo(1);
            String previous = statuses.put(code.item(0).getTextContent().strip(), item.getAttribute("status"));
            assertThat(previous).as("code %s listed once", code.item(0).getTextContent()).isNull();
        }
        return statuses;
    }
}
