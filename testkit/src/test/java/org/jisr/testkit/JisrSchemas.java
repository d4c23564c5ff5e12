package org.jisr.testkit;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/** The Jisr schemas compiled once with networknt, read from jisr-schema on the class path. */
final class JisrSchemas {
    private static final String BASE = "https://jisr.org/schema/1.0/";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaIdResolvers(r -> r.mapPrefix(BASE, "classpath:org/jisr/schema/1.0/")));

    static final Schema EXCHANGE = REGISTRY.getSchema(SchemaLocation.of(BASE + "exchange.schema.json"));
    static final Schema NDJSON_RECORD = REGISTRY.getSchema(SchemaLocation.of(BASE + "ndjson-record.schema.json"));
    static final Schema RECORD = REGISTRY.getSchema(SchemaLocation.of(BASE + "record.schema.json"));

    private JisrSchemas() {
    }

    static List<String> errors(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }
}
