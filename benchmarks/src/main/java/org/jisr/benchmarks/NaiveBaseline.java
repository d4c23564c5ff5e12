package org.jisr.benchmarks;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Path;
import java.util.List;
import org.jisr.json.JisrJson;
import org.jisr.model.JisrRecord;
import org.jisr.schema.SchemaCatalog;
import org.jisr.validation.Validator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baseline Jisr is measured against: validation written straightforwardly, as a typical team
 * would write it with the same libraries. The whole file is read as one tree; networknt checks
 * the tree against the exchange schema (which checks every record too); each record is then
 * turned from its tree into a model record (tree to text to {@link JisrJson#readRecord}, the
 * public binding, where a team with annotated classes would call {@code treeToValue}); Hibernate
 * Validator (Jisr's model layer) checks each bound record; the rules of a default
 * {@link Validator} run over them. Nothing is streamed: memory grows with the file.
 *
 * <p>The schemas and validators are built once, in the constructor, as even a naive team does.
 */
public final class NaiveBaseline {

    /** What one validation found. */
    public record Result(long records, long problems) {
    }

    private final ObjectMapper mapper = JsonMapper.builder().build();
    private final Schema exchange;
    private final JisrJson json = JisrJson.create();
    private final ModelLayer model = new ModelLayer();
    private final RuleRunner rules = new RuleRunner(Validator.builder().build().rules());

    /** Compiles the exchange schema from {@code jisr-schema}. */
    public NaiveBaseline() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaIdResolvers(r -> r.mapPrefix(SchemaCatalog.BASE_URI,
                        "classpath:" + SchemaCatalog.RESOURCE_DIRECTORY)));
        exchange = registry.getSchema(SchemaLocation.of(SchemaCatalog.schemaUri("exchange.schema.json").toString()));
        exchange.initializeValidators();
    }

    /**
     * Validates an exchange document (the document form).
     *
     * @param file the document
     * @return the count of records and of problems found
     */
    public Result validate(Path file) {
        JsonNode root = mapper.readTree(file);
        List<Error> errors = exchange.validate(root);
        long problems = errors.size();
        JsonNode records = root.path("records");
        rules.start(file.getFileName().toString());
        for (JsonNode node : records) {
            JisrRecord record;
            try {
                record = json.readRecord(mapper.writeValueAsString(node));
            } catch (RuntimeException e) {
                problems++; // not bound: the schema errors above already say why
                continue;
            }
            problems += model.check(record);
            rules.onRecord(record);
        }
        problems += rules.end();
        return new Result(records.size(), problems);
    }
}
