package org.jisr.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.networknt.schema.Error;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Small valid instances of every schema, and variations that each break one constraint. A
 * variation must be refused for the right reason: the expected keyword at the expected place.
 */
class InstanceValidationTest {

    private static final String RECORD = "record.schema.json";
    private static final String EXCHANGE = "exchange.schema.json";
    private static final String LINE = "ndjson-record.schema.json";

    static final Instance LOCAL_AUTHORITY = Instance.of("""
            {"type": "LocalAuthority", "id": "marseille",
             "name": {"ar": "مرسيليا", "fr": "Marseille"},
             "kind": "commune", "country": "FR", "parent": "bouches-du-rhone",
             "website": "https://www.marseille.fr/",
             "place": {"locality": {"fr": "Marseille"}, "geo": {"lat": 43.2965, "lon": 5.3698}},
             "identifiers": [
               {"scheme": "fr-insee-cog-commune", "value": "13055"},
               {"scheme": "fr-siren", "value": "211300553"},
               {"scheme": "wikidata", "value": "Q23482"},
               {"scheme": "uri", "value": "https://www.marseille.fr/"},
               {"scheme": "x-sousse-erp", "value": "any text at all"}],
             "sources": [{"url": "https://fr.wikipedia.org/wiki/Marseille", "accessed": "2024-12-01"}],
             "extensions": {"fr.marseille.erp": {"code": 42, "tags": ["a"]}}}
            """);

    static final Instance ORGANIZATION = Instance.of("""
            {"type": "Organization", "id": "cuf", "name": {"fr": "Cités Unies France"}, "acronym": "CUF",
             "kind": "association", "country": "FR", "founded": 1975,
             "website": "https://cites-unies-france.org/"}
            """);

    static final Instance PARTNERSHIP = Instance.of("""
            {"type": "Partnership", "id": "sousse-marseille", "kind": "twinning", "status": "active",
             "parties": ["sousse", "marseille"], "signed": "2009-06-12", "period": {"start": "2009-06-12"},
             "themes": ["decentralized-cooperation", "heritage-culture"],
             "supporters": [{"organization": "cuf", "role": "technical-support"}],
             "documents": [{"url": "https://example.org/accord.pdf", "kind": "agreement-text", "language": "fr"}],
             "funding": [{"funder": "mae", "amount": {"amount": 15000.00, "currency": "EUR"},
                          "year": 2024, "instrument": "grant"}]}
            """);

    static final Instance PROJECT = Instance.of("""
            {"type": "Project", "id": "water-2024", "title": {"fr": "Eau potable"},
             "partnership": "sousse-marseille", "status": "ongoing",
             "goals": [{"fr": "Réduire les fuites du réseau"}], "themes": ["drinking-water"],
             "period": {"start": "2024-01-01", "end": "2025-12-31", "timeZone": "Africa/Tunis"},
             "participants": [
               {"participant": "sousse", "role": "lead"},
               {"group": {"name": {"fr": "plusieurs associations françaises"}, "actorKind": "association",
                          "country": "FR", "size": 3},
                "role": "partner"}],
             "budget": {"amount": 120000.500, "currency": "TND"}}
            """);

    static final Instance EVENT = Instance.of("""
            {"type": "Event", "id": "workshop.2024-12-10", "kind": "workshop",
             "title": {"ar": "ورشة عمل", "fr": "Atelier sur la gouvernance locale"}, "status": "held",
             "period": {"start": "2024-12-10T09:00:00+01:00", "end": "2024-12-10T17:30:00+01:00",
                        "timeZone": "Africa/Tunis"},
             "attendanceMode": "hybrid",
             "venue": {"name": {"fr": "Hôtel de ville"}, "authority": "sousse", "country": "TN"},
             "parent": "visit-2024-12", "partnerships": ["sousse-marseille"], "organizers": ["sousse", "cuf"],
             "participants": [{"participant": "marseille", "role": "visiting-delegation", "attendance": "in-person"}],
             "themes": ["local-governance"],
             "outcomes": [{"kind": "recommendation", "description": {"fr": "Créer un comité de suivi"}}],
             "sources": [{"title": {"fr": "Un atelier à Sousse"}, "published": "2024-12-11T08:00:00Z",
                          "publisher": {"fr": "La Presse"}, "language": "fr", "license": "CC-BY-4.0"}]}
            """);

    static final Instance HEADER = Instance.of("""
            {"type": "Header", "jisr": "1.0", "id": "https://example.org/exchanges/seed",
             "created": "2024-12-12T10:00:00Z", "publisher": "sousse", "language": "fr",
             "title": {"fr": "Atelier de Sousse"}}
            """);

    static final Instance DOCUMENT = Instance.of("{\"jisr\": \"1.0\", \"id\": \"seed-2024\", \"records\": ["
            + String.join(", ", LOCAL_AUTHORITY.toString(), ORGANIZATION.toString(), PARTNERSHIP.toString(),
                    PROJECT.toString(), EVENT.toString())
            + "], \"extensions\": {\"ville-de-sousse\": {}}}");

    static Stream<Arguments> valid() {
        return Stream.of(
                arguments("local authority", "local-authority.schema.json", LOCAL_AUTHORITY),
                arguments("organisation", "organization.schema.json", ORGANIZATION),
                arguments("partnership", "partnership.schema.json", PARTNERSHIP),
                arguments("project", "project.schema.json", PROJECT),
                arguments("event", "event.schema.json", EVENT),
                arguments("header", "header.schema.json", HEADER),
                arguments("document with one record of each type", EXCHANGE, DOCUMENT),
                arguments("document without records", EXCHANGE, Instance.of("{\"jisr\": \"1.0\", \"records\": []}")),
                arguments("each record type through record.schema.json", RECORD, EVENT),
                arguments("local authority through record.schema.json", RECORD, LOCAL_AUTHORITY),
                arguments("header line", LINE, HEADER),
                arguments("record line", LINE, PARTNERSHIP),
                arguments("minimal local authority", RECORD, Instance.of(
                        "{\"type\": \"LocalAuthority\", \"id\": \"s\", \"name\": {\"ar-Latn\": \"Susa\"},"
                                + " \"kind\": \"commune\", \"country\": \"TN\"}")),
                arguments("founded as a full date", RECORD, ORGANIZATION.with("/founded", "\"1975-03-01\"")),
                arguments("reference to an external record by URI", RECORD,
                        PROJECT.with("/partnership", "\"https://data.example.org/partnerships/42\"")),
                arguments("period of whole days", RECORD,
                        EVENT.with("/period", "{\"start\": \"2024-12-09\", \"end\": \"2024-12-11\"}")),
                arguments("open period given by its start instant", RECORD,
                        EVENT.with("/period", "{\"start\": \"2024-12-09T09:00:00.5Z\"}")),
                arguments("Tunisian municipality identifier", RECORD, LOCAL_AUTHORITY.with("/identifiers/0",
                        "{\"scheme\": \"tn-municipality\", \"value\": \"TN-51-001\"}")),
                arguments("group of local authorities", RECORD,
                        PROJECT.with("/participants/1/group/actorKind", "\"commune\"")),
                arguments("free amount of zero", RECORD, PROJECT.with("/budget/amount", "0")));
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                // required properties
                arguments("local authority without a name", RECORD, LOCAL_AUTHORITY.without("/name"), "required", "/name"),
                arguments("event without a period", RECORD, EVENT.without("/period"), "required", "/period"),
                arguments("partnership without parties", RECORD, PARTNERSHIP.without("/parties"), "required", "/parties"),
                arguments("document link without a url", RECORD, PARTNERSHIP.without("/documents/0/url"),
                        "required", "/documents/0/url"),
                arguments("outcome without a description", RECORD, EVENT.without("/outcomes/0/description"),
                        "required", "/outcomes/0/description"),
                arguments("source with neither title nor url", RECORD, LOCAL_AUTHORITY.without("/sources/0/url"),
                        "required", "/sources/0/url"),
                arguments("funding with neither funder nor amount", RECORD,
                        PARTNERSHIP.without("/funding/0/funder").without("/funding/0/amount"),
                        "required", "/funding/0/funder"),
                arguments("record without a type", RECORD, LOCAL_AUTHORITY.without("/type"), "required", "/type"),
                arguments("document without records", EXCHANGE, DOCUMENT.without("/records"), "required", "/records"),
                // unknown properties
                arguments("unknown property on a record", RECORD, LOCAL_AUTHORITY.with("/mayor", "\"someone\""),
                        "additionalProperties", "/mayor"),
                arguments("unknown property in a period", RECORD, EVENT.with("/period/timezone", "\"Africa/Tunis\""),
                        "additionalProperties", "/period/timezone"),
                arguments("property of another record type", RECORD, EVENT.with("/country", "\"TN\""),
                        "additionalProperties", "/country"),
                arguments("records in a stream header", LINE, HEADER.with("/records", "[]"),
                        "additionalProperties", "/records"),
                // shapes
                arguments("record id starting with a hyphen", RECORD, LOCAL_AUTHORITY.with("/id", "\"-marseille\""),
                        "pattern", "/id"),
                arguments("record id with a space", RECORD, LOCAL_AUTHORITY.with("/id", "\"ville de marseille\""),
                        "pattern", "/id"),
                arguments("reference with a space", RECORD, LOCAL_AUTHORITY.with("/parent", "\"bouches du rhone\""),
                        "pattern", "/parent"),
                arguments("website without a scheme", RECORD, LOCAL_AUTHORITY.with("/website", "\"www.marseille.fr\""),
                        "pattern", "/website"),
                arguments("date in French order", RECORD, PARTNERSHIP.with("/signed", "\"12/06/2009\""),
                        "pattern", "/signed"),
                arguments("date without leading zeros", RECORD, PARTNERSHIP.with("/signed", "\"2009-6-12\""),
                        "pattern", "/signed"),
                arguments("date-time without an offset", RECORD,
                        EVENT.with("/period/start", "\"2024-12-10T09:00:00\"").with("/period/end", "\"2024-12-10T17:00:00\""),
                        "pattern", "/period/start"),
                arguments("period mixing a date and a date-time", RECORD,
                        EVENT.with("/period/start", "\"2024-12-10\""), "pattern", "/period/start"),
                arguments("period ending with a date after a date-time start", RECORD,
                        EVENT.with("/period/end", "\"2024-12-11\""), "pattern", "/period/end"),
                arguments("time zone that is not an IANA id", RECORD, EVENT.with("/period/timeZone", "\"Tunis time\""),
                        "pattern", "/period/timeZone"),
                arguments("lower-case country code", RECORD, LOCAL_AUTHORITY.with("/country", "\"fr\""),
                        "pattern", "/country"),
                arguments("lower-case currency", RECORD, PROJECT.with("/budget/currency", "\"tnd\""),
                        "pattern", "/budget/currency"),
                arguments("SIREN of eight digits", RECORD,
                        LOCAL_AUTHORITY.with("/identifiers/1/value", "\"21130055\""), "pattern", "/identifiers/1/value"),
                arguments("INSEE commune code of four digits", RECORD,
                        LOCAL_AUTHORITY.with("/identifiers/0/value", "\"1305\""), "pattern", "/identifiers/0/value"),
                arguments("Wikidata item with a leading zero", RECORD,
                        LOCAL_AUTHORITY.with("/identifiers/2/value", "\"Q023482\""), "pattern", "/identifiers/2/value"),
                arguments("URI identifier that is not a URI", RECORD,
                        LOCAL_AUTHORITY.with("/identifiers/3/value", "\"marseille\""), "pattern", "/identifiers/3/value"),
                arguments("identifier scheme neither registered nor private", RECORD,
                        LOCAL_AUTHORITY.with("/identifiers/0/scheme", "\"siren\""), "pattern", "/identifiers/0/scheme"),
                arguments("empty identifier value in a private scheme", RECORD,
                        LOCAL_AUTHORITY.with("/identifiers/4/value", "\"\""), "minLength", "/identifiers/4/value"),
                arguments("source language with an underscore", RECORD, EVENT.with("/sources/0/language", "\"fr_FR\""),
                        "pattern", "/sources/0/language"),
                // multilingual text
                arguments("text keyed by an upper-case language", RECORD,
                        LOCAL_AUTHORITY.with("/name", "{\"FR\": \"Marseille\"}"), "propertyNames", "/name"),
                arguments("text keyed by a language name", RECORD,
                        LOCAL_AUTHORITY.with("/name", "{\"french\": \"Marseille\"}"), "propertyNames", "/name"),
                arguments("text without any language", RECORD, LOCAL_AUTHORITY.with("/name", "{}"),
                        "minProperties", "/name"),
                arguments("empty text", RECORD, LOCAL_AUTHORITY.with("/name/fr", "\"\""), "minLength", "/name/fr"),
                // null is never accepted
                arguments("null optional property", RECORD, LOCAL_AUTHORITY.with("/website", "null"), "type", "/website"),
                arguments("null text", RECORD, LOCAL_AUTHORITY.with("/name/fr", "null"), "type", "/name/fr"),
                arguments("null array", RECORD, EVENT.with("/themes", "null"), "type", "/themes"),
                // extensions
                arguments("extension namespace with upper case", RECORD,
                        LOCAL_AUTHORITY.with("/extensions", "{\"Fr.Marseille\": {}}"), "propertyNames", "/extensions"),
                arguments("extension namespace with an underscore", RECORD,
                        LOCAL_AUTHORITY.with("/extensions", "{\"ville_de_sousse\": {}}"), "propertyNames", "/extensions"),
                arguments("extension data that is not an object", RECORD,
                        LOCAL_AUTHORITY.with("/extensions/fr.marseille.erp", "42"), "type", "/extensions/fr.marseille.erp"),
                arguments("empty extensions", RECORD, LOCAL_AUTHORITY.with("/extensions", "{}"),
                        "minProperties", "/extensions"),
                // arrays
                arguments("empty optional array", RECORD, LOCAL_AUTHORITY.with("/sources", "[]"), "minItems", "/sources"),
                arguments("partnership of one party", RECORD, PARTNERSHIP.with("/parties", "[\"sousse\"]"),
                        "minItems", "/parties"),
                arguments("same party twice", RECORD, PARTNERSHIP.with("/parties", "[\"sousse\", \"sousse\"]"),
                        "uniqueItems", "/parties"),
                arguments("same theme twice", RECORD, EVENT.with("/themes", "[\"health\", \"health\"]"),
                        "uniqueItems", "/themes"),
                // codes
                arguments("unknown theme", RECORD, EVENT.with("/themes/0", "\"culture\""), "enum", "/themes/0"),
                arguments("unknown authority kind", RECORD, LOCAL_AUTHORITY.with("/kind", "\"city\""), "enum", "/kind"),
                arguments("unknown attendance mode", RECORD, EVENT.with("/attendanceMode", "\"remote\""),
                        "enum", "/attendanceMode"),
                arguments("group of an unknown kind of actor", RECORD,
                        PROJECT.with("/participants/1/group/actorKind", "\"club\""), "enum", "/participants/1/group/actorKind"),
                arguments("involvement without a role", RECORD, PARTNERSHIP.without("/supporters/0/role"),
                        "required", "/supporters/0/role"),
                // participations
                arguments("participation with both a participant and a group", RECORD,
                        PROJECT.with("/participants/0/group", "{\"name\": {\"fr\": \"des élus\"}}"),
                        "oneOf", "/participants/0"),
                arguments("participation with neither participant nor group", RECORD,
                        PROJECT.without("/participants/0/participant"), "oneOf", "/participants/0"),
                arguments("group of no one", RECORD, PROJECT.with("/participants/1/group/size", "0"),
                        "minimum", "/participants/1/group/size"),
                // numbers
                arguments("negative money", RECORD, PROJECT.with("/budget/amount", "-1"), "minimum", "/budget/amount"),
                arguments("amount given as text", RECORD, PROJECT.with("/budget/amount", "\"1000\""),
                        "type", "/budget/amount"),
                arguments("latitude beyond the pole", RECORD, LOCAL_AUTHORITY.with("/place/geo/lat", "90.5"),
                        "maximum", "/place/geo/lat"),
                arguments("year of three digits", RECORD, ORGANIZATION.with("/founded", "999"), "minimum", "/founded"),
                arguments("year given as text", RECORD, ORGANIZATION.with("/founded", "\"1975\""), "pattern", "/founded"),
                arguments("place without any property", RECORD, EVENT.with("/venue", "{}"), "minProperties", "/venue"),
                // dispatch and versions
                arguments("unknown record type", RECORD, EVENT.with("/type", "\"Meeting\""), "enum", "/type"),
                arguments("body of an event under another type", RECORD, EVENT.with("/type", "\"LocalAuthority\""),
                        "required", "/name"),
                arguments("header among the records of a document", EXCHANGE, DOCUMENT.with("/records/0", HEADER.toString()),
                        "enum", "/records/0/type"),
                arguments("document of another version", EXCHANGE, DOCUMENT.with("/jisr", "\"2.0\""), "const", "/jisr"),
                arguments("header line without a version", LINE, HEADER.without("/jisr"), "required", "/jisr"),
                arguments("stream line of an unknown type", LINE, HEADER.with("/type", "\"Footer\""), "enum", "/type"));
    }

    @ParameterizedTest(name = "accepts {0}")
    @MethodSource("valid")
    void accepts(String what, String schema, Instance instance) {
        assertThat(describe(SchemaFixtures.compiled(schema).validate(instance.json()))).isEmpty();
    }

    @ParameterizedTest(name = "refuses {0}")
    @MethodSource("invalid")
    void refuses(String what, String schema, Instance instance, String keyword, String location) {
        List<Error> errors = SchemaFixtures.compiled(schema).validate(instance.json());
        assertThat(describe(errors))
                .as("errors for %s", instance)
                .contains(keyword + " at " + location);
    }

    /**
     * Each error as "keyword at pointer". A missing or unknown property, or a bad property name,
     * is placed at the property itself rather than at the object that holds it.
     */
    private static List<String> describe(List<Error> errors) {
        return errors.stream().map(e -> {
            String at = e.getInstanceLocation().toString();
            boolean aboutMember = List.of("required", "additionalProperties").contains(e.getKeyword());
            return e.getKeyword() + " at " + (aboutMember && e.getProperty() != null ? at + "/" + e.getProperty() : at);
        }).collect(Collectors.toList());
    }
}
