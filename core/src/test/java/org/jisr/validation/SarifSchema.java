package org.jisr.validation;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The official SARIF 2.1.0 JSON Schema (draft-04; see {@code sarif/PROVENANCE.md}), compiled once,
 * with format assertions on, so that a malformed URI or date is an error too.
 */
final class SarifSchema {

    private static final Schema SCHEMA = compile();

    private SarifSchema() {
    }

    /** The schema's complaints about a SARIF log; empty when it is valid. */
    static List<Error> errors(JsonNode log) {
        return SCHEMA.validate(log, context -> context.executionConfig(c -> c.formatAssertionsEnabled(true)));
    }

    /** The schema's complaints about a SARIF log given as text. */
    static List<Error> errors(String log) {
        return errors(ReportFixtures.MAPPER.readTree(log));
    }

    private static Schema compile() {
        try (InputStream in = SarifSchema.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            if (in == null) {
                throw new IllegalStateException("sarif/sarif-2.1.0-rtm.5.json is missing from the test resources");
            }
            JsonNode tree = ReportFixtures.MAPPER.readTree(in);
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(tree);
            schema.initializeValidators();
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
