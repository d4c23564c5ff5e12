package org.jisr.schema;

import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The catalog of Jisr's JSON Schema files and codelists for format version
 * {@value #SCHEMA_VERSION}: their names, their {@code $id}s, where they sit on the class path,
 * and a way to open them.
 *
 * <p>Every schema's {@code $id} is {@link #BASE_URI} followed by its file name, and the
 * schemas refer to each other by relative {@code $ref}s. Those {@code $id}s are identifiers,
 * not download locations: to validate offline, map the prefix {@link #BASE_URI} to the
 * class-path folder {@link #RESOURCE_DIRECTORY} (see {@link #resourcePath(String)}), or open
 * the files with {@link #openSchema(String)}.
 *
 * <p>This class is stateless and thread-safe. No method accepts or returns {@code null}.
 *
 * @since 0.1
 */
public final class SchemaCatalog {

    /**
     * The version of the exchange format these schemas describe, as written in the
     * {@code jisr} property of a document: {@value}.
     *
     * @since 0.1
     */
    public static final String SCHEMA_VERSION = "1.0";

    /**
     * The prefix of every schema's {@code $id}: {@value}. A schema's {@code $id} is this
     * prefix followed by its file name.
     *
     * @since 0.1
     */
    public static final String BASE_URI = "https://jisr.org/schema/1.0/";

    /**
     * The class-path folder that holds the schema files, with a trailing slash and no leading
     * one: {@value}. Codelists are in its {@code codelists/} subfolder.
     *
     * @since 0.1
     */
    public static final String RESOURCE_DIRECTORY = "org/jisr/schema/1.0/";

    private static final String CODELIST_DIRECTORY = RESOURCE_DIRECTORY + "codelists/";

    private static final List<String> SCHEMA_NAMES = List.of(
            "defs.schema.json",
            "local-authority.schema.json",
            "organization.schema.json",
            "partnership.schema.json",
            "project.schema.json",
            "event.schema.json",
            "record.schema.json",
            "header.schema.json",
            "exchange.schema.json",
            "ndjson-record.schema.json");

    private static final List<String> CODELIST_IDS = List.of(
            "themes",
            "authority-kinds",
            "organization-kinds",
            "partnership-kinds",
            "partnership-statuses",
            "project-statuses",
            "event-kinds",
            "event-statuses",
            "participant-roles",
            "attendance-modes",
            "outcome-kinds",
            "document-kinds",
            "funding-instruments",
            "identifier-schemes");

    private SchemaCatalog() {
    }

    /**
     * Returns the file names of all schemas, e.g. {@code "event.schema.json"}: first the
     * shared value types ({@code defs.schema.json}), then the five record types, then the
     * record dispatcher, the stream header, the exchange document and the stream line.
     *
     * @return an immutable list in that fixed order; never {@code null}
     * @since 0.1
     */
    public static List<String> schemaNames() {
        return SCHEMA_NAMES;
    }

    /**
     * Returns the identifiers of all codelists, e.g. {@code "themes"}, in a fixed order. The
     * codelist {@code id} is stored as {@code codelists/<id>.json} beside the schemas.
     *
     * @return an immutable list; never {@code null}
     * @since 0.1
     */
    public static List<String> codelistIds() {
        return CODELIST_IDS;
    }

    /**
     * Opens a schema file from the class path or module path.
     *
     * @param name a file name from {@link #schemaNames()}, e.g. {@code "record.schema.json"}
     * @return a new stream over the file's UTF-8 bytes, which the caller must close
     * @throws IllegalArgumentException if {@code name} is not a schema name; the message lists
     *     the known names
     * @throws IllegalStateException if the file is missing from the class path, which means
     *     the {@code jisr-schema} jar is damaged
     * @throws NullPointerException if {@code name} is {@code null}
     * @since 0.1
     */
    public static InputStream openSchema(String name) {
        return open(resourcePath(name));
    }

    /**
     * Opens a codelist file ({@code codelists/<id>.json}) from the class path or module path.
     *
     * @param id a codelist identifier from {@link #codelistIds()}, e.g. {@code "themes"}
     * @return a new stream over the file's UTF-8 bytes, which the caller must close
     * @throws IllegalArgumentException if {@code id} is not a codelist identifier; the message
     *     lists the known identifiers
     * @throws IllegalStateException if the file is missing from the class path, which means
     *     the {@code jisr-schema} jar is damaged
     * @throws NullPointerException if {@code id} is {@code null}
     * @since 0.1
     */
    public static InputStream openCodelist(String id) {
        Objects.requireNonNull(id, "id");
        if (!CODELIST_IDS.contains(id)) {
            throw new IllegalArgumentException(
                    "Unknown codelist id '" + id + "'; known ids: " + String.join(", ", CODELIST_IDS));
        }
        return open(CODELIST_DIRECTORY + id + ".json");
    }

    /**
     * The file name of the JSON Schema that every codelist file follows. It describes Jisr's
     * codelists, not exchange data, so it is not one of {@link #schemaNames()}.
     *
     * @since 0.1
     */
    public static final String CODELIST_SCHEMA = "codelist.schema.json";

    /**
     * Opens the JSON Schema of codelist files ({@value #CODELIST_SCHEMA}).
     *
     * @return a new stream over the schema's UTF-8 bytes; the caller closes it
     * @throws IllegalStateException if the file is missing from the class path (a broken jar)
     * @since 0.1
     */
    public static InputStream openCodelistSchema() {
        return open(RESOURCE_DIRECTORY + CODELIST_SCHEMA);
    }

    /**
     * The file name of the JSON Schema of Jisr's JSON validation report (what
     * {@code org.jisr.validation.ReportFormat.JSON} writes). It describes reports, not exchange
     * data, so it is not one of {@link #schemaNames()}; its {@code $id} is {@link #BASE_URI}
     * followed by this name.
     *
     * @since 0.1
     */
    public static final String REPORT_SCHEMA = "report.schema.json";

    /**
     * Opens the JSON Schema of validation reports ({@value #REPORT_SCHEMA}).
     *
     * @return a new stream over the schema's UTF-8 bytes; the caller closes it
     * @throws IllegalStateException if the file is missing from the class path (a broken jar)
     * @since 0.1
     */
    public static InputStream openReportSchema() {
        return open(RESOURCE_DIRECTORY + REPORT_SCHEMA);
    }

    /**
     * Returns the {@code $id} of a schema: {@link #BASE_URI} followed by its file name.
     *
     * @param name a file name from {@link #schemaNames()}
     * @return the absolute URI the schema declares as its {@code $id}
     * @throws IllegalArgumentException if {@code name} is not a schema name; the message lists
     *     the known names
     * @throws NullPointerException if {@code name} is {@code null}
     * @since 0.1
     */
    public static URI schemaUri(String name) {
        return URI.create(BASE_URI + checkedSchemaName(name));
    }

    /**
     * Finds which schema file an {@code $id} (or a reference into it) names. A fragment is
     * ignored, so {@code https://jisr.org/schema/1.0/defs.schema.json#/$defs/Period} gives
     * {@code "defs.schema.json"}.
     *
     * @param id an absolute URI
     * @return the schema's file name, or empty if {@code id} is not the {@code $id} of one of
     *     these schemas
     * @throws NullPointerException if {@code id} is {@code null}
     * @since 0.1
     */
    public static Optional<String> schemaNameFor(URI id) {
        Objects.requireNonNull(id, "id");
        URI withoutFragment;
        try {
            withoutFragment = new URI(id.getScheme(), id.getSchemeSpecificPart(), null);
        } catch (URISyntaxException e) {
            // Rebuilding a URI that already parsed, minus its fragment, cannot fail.
            throw new IllegalStateException(e);
        }
        String text = withoutFragment.toString();
        if (!text.startsWith(BASE_URI)) {
            return Optional.empty();
        }
        String name = text.substring(BASE_URI.length());
        return SCHEMA_NAMES.contains(name) ? Optional.of(name) : Optional.empty();
    }

    /**
     * Returns where a schema file sits on the class path, as a resource name without a
     * leading slash, e.g. {@code "org/jisr/schema/1.0/record.schema.json"}: the schema's
     * {@code $id} with {@link #BASE_URI} replaced by {@link #RESOURCE_DIRECTORY}. Use it with
     * {@link ClassLoader#getResource(String)} or to configure another validator's mapping from
     * {@code $id}s to resources.
     *
     * @param name a file name from {@link #schemaNames()}
     * @return the resource name
     * @throws IllegalArgumentException if {@code name} is not a schema name; the message lists
     *     the known names
     * @throws NullPointerException if {@code name} is {@code null}
     * @since 0.1
     */
    public static String resourcePath(String name) {
        return RESOURCE_DIRECTORY + checkedSchemaName(name);
    }

    private static String checkedSchemaName(String name) {
        Objects.requireNonNull(name, "name");
        if (!SCHEMA_NAMES.contains(name)) {
            throw new IllegalArgumentException(
                    "Unknown schema name '" + name + "'; known names: " + String.join(", ", SCHEMA_NAMES));
        }
        return name;
    }

    private static InputStream open(String resource) {
        // Class#getResourceAsStream reads this module's own resources on the module path too;
        // the folder "1.0" is not a package, so the resources are not encapsulated.
        InputStream in = SchemaCatalog.class.getResourceAsStream("/" + resource);
        if (in == null) {
            throw new IllegalStateException(
                    "Resource " + resource + " is missing from the class path: the jisr-schema jar is incomplete");
        }
        return in;
    }
}
