package org.jisr.examples;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.harrel.jsonschema.Validator;
import dev.harrel.jsonschema.ValidatorFactory;
import dev.harrel.jsonschema.providers.GsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jisr.schema.SchemaCatalog;

/**
 * Jisr's schemas loaded into two independent JSON Schema 2020-12 implementations: networknt
 * (Jackson-based, the one Jisr's validator uses) and harrel's json-schema (here with Gson), which
 * shares no code with it. Both are given the schema files exactly as {@link SchemaCatalog} ships them.
 */
final class TwoValidators {

    /** One reported problem, as "keyword at instance location" plus the validator's own text. */
    record Problem(String keyword, String location, String text) {
    }

    private static final SchemaRegistry NETWORKNT = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaIdResolvers(r -> r.mapPrefix(SchemaCatalog.BASE_URI,
                    "classpath:" + SchemaCatalog.RESOURCE_DIRECTORY)));
    private static final Validator HARREL = harrel();

    private TwoValidators() {
    }

    private static Validator harrel() {
        Validator validator = new ValidatorFactory().withJsonNodeFactory(new GsonNode.Factory()).createValidator();
        for (String name : SchemaCatalog.schemaNames()) {
            validator.registerSchema(SchemaCatalog.schemaUri(name), read(name));
        }
        return validator;
    }

    private static String read(String name) {
        try (InputStream in = SchemaCatalog.openSchema(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validates a JSON validation report against {@code report.schema.json} (not one of the exchange schemas). */
    static List<Problem> networkntReport(String json) {
        Schema schema = NETWORKNT.getSchema(SchemaLocation.of(SchemaCatalog.BASE_URI + SchemaCatalog.REPORT_SCHEMA));
        return schema.validate(json, InputFormat.JSON).stream()
                .map(e -> new Problem(e.getKeyword(), e.getInstanceLocation().toString(), e.toString()))
                .toList();
    }

    static List<Problem> networknt(String schemaName, String json) {
        Schema schema = NETWORKNT.getSchema(SchemaLocation.of(SchemaCatalog.schemaUri(schemaName).toString()));
        return schema.validate(json, InputFormat.JSON).stream()
                .map(e -> new Problem(e.getKeyword(), e.getInstanceLocation().toString(), e.toString()))
                .toList();
    }

    static List<Problem> harrel(String schemaName, String json) {
        URI uri = SchemaCatalog.schemaUri(schemaName);
        return HARREL.validate(uri, json).getErrors().stream()
                .map(e -> new Problem(e.getKeyword(), e.getInstanceLocation(), e.getInstanceLocation() + ": " + e.getError()))
                .toList();
    }
}
