package org.jisr.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shared test fixtures: a strict JSON reader, the schemas as trees, and a networknt registry
 * that resolves {@code https://jisr.org/schema/1.0/…} from the class path, as a user of
 * {@link SchemaCatalog} would configure it.
 */
final class SchemaFixtures {

    /** Refuses duplicate member names, as I-JSON does, so a slip in a schema file fails. */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    static final String META_SCHEMA_2020_12 = "https://json-schema.org/draft/2020-12/schema";

    /** Built once: compiling the schemas is the slow part, validating is cheap. */
    static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaIdResolvers(resolvers -> resolvers.mapPrefix(
                    SchemaCatalog.BASE_URI, "classpath:" + SchemaCatalog.RESOURCE_DIRECTORY)));

    private static final Map<String, Schema> COMPILED = new LinkedHashMap<>();

    private SchemaFixtures() {
    }

    static JsonNode read(String json) {
        return MAPPER.readTree(json);
    }

    /** A schema file as a tree: one of {@link SchemaCatalog#schemaNames()} or {@link SchemaCatalog#REPORT_SCHEMA}. */
    static JsonNode schemaTree(String name) {
        try (InputStream in = name.equals(SchemaCatalog.REPORT_SCHEMA)
                ? SchemaCatalog.openReportSchema()
                : SchemaCatalog.openSchema(name)) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All schema files by name, in catalog order. */
    static Map<String, JsonNode> schemaTrees() {
        Map<String, JsonNode> trees = new LinkedHashMap<>();
        for (String name : SchemaCatalog.schemaNames()) {
            trees.put(name, schemaTree(name));
        }
        return trees;
    }

    /**
     * The schema with this file name (one of the catalog's or the report schema), loaded through
     * its {@code $id} as users would.
     */
    static synchronized Schema compiled(String name) {
        return COMPILED.computeIfAbsent(name, n -> {
            Schema schema = REGISTRY.getSchema(SchemaLocation.of(SchemaCatalog.BASE_URI + n));
            schema.initializeValidators();
            return schema;
        });
    }

    static List<Error> validate(String schemaName, String json) {
        return compiled(schemaName).validate(read(json));
    }
}
