package org.jisr.benchmarks;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jisr.json.JisrJson;
import org.jisr.json.RecordStreamReader;
import org.jisr.json.RecordStreamWriter;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.JisrRecord;
import org.jisr.schema.SchemaCatalog;
import org.jisr.validation.ExchangeForm;
import org.jisr.validation.Validator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cost of each stage of validation, per record, on {@value #RECORDS} valid records of the
 * benchmark corpus held in memory. Every benchmark handles all of them in one invocation and
 * declares {@code @OperationsPerInvocation(RECORDS)}, so JMH's score is the time per record and,
 * with {@code -prof gc}, {@code gc.alloc.rate.norm} is the bytes allocated per record.
 *
 * <p>Stages: {@code tokenWalk} and {@code tree} (parse), {@code schema} (networknt on the record
 * schema, on a tree), {@code bind} (JisrJson reading a record from its text) and {@code bindStream}
 * (from the bytes of a stream), {@code model} (the model layer: Bean Validation and Jisr's own
 * checks), {@code rules} (the default rules), {@code writeJson} and {@code writeNdjson}, and
 * {@code validate} (the whole Validator on the same records as a stream, for comparison with the
 * sum of the stages). Run with {@code java -jar benchmarks/target/benchmarks.jar -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class StageBenchmarks {

    /** Records per invocation. */
    public static final int RECORDS = 1000;

    private final JsonFactory factory = new JsonFactory();
    private final ObjectMapper mapper = JsonMapper.builder().build();
    private final JisrJson json = JisrJson.create();
    private byte[] stream;
    private byte[][] lines;
    private String[] texts;
    private JsonNode[] trees;
    private JisrRecord[] records;
    private Schema recordSchema;
    private ModelLayer model;
    private RuleRunner rules;
    private Validator validator;

    /**
     * Generates the records and builds every stage once.
     *
     * @throws IOException never: the corpus is written in memory
     */
    @Setup
    public void setUp() throws IOException {
        setUp(RECORDS);
    }

    /**
     * Generates {@code count} records and builds every stage once; the smoke test uses fewer
     * records than JMH (whose per-record figures assume {@value #RECORDS}).
     *
     * @param count how many records
     * @throws IOException never: the corpus is written in memory
     */
    void setUp(int count) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CorpusGenerator(count, 0).write(out, CorpusGenerator.Form.NDJSON);
        stream = out.toByteArray();
        String[] all = new String(stream, StandardCharsets.UTF_8).split("\n");
        texts = new String[count];
        lines = new byte[count][];
        trees = new JsonNode[count];
        records = new JisrRecord[count];
        for (int i = 0; i < count; i++) {
            texts[i] = all[i + 1]; // line 1 is the header
            lines[i] = texts[i].getBytes(StandardCharsets.UTF_8);
            trees[i] = mapper.readTree(lines[i]);
            records[i] = json.readRecord(texts[i]);
        }
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaIdResolvers(r -> r.mapPrefix(SchemaCatalog.BASE_URI,
                        "classpath:" + SchemaCatalog.RESOURCE_DIRECTORY)));
        recordSchema = registry.getSchema(SchemaLocation.of(SchemaCatalog.schemaUri("record.schema.json").toString()));
        recordSchema.initializeValidators();
        model = new ModelLayer();
        validator = Validator.builder().build();
        rules = new RuleRunner(validator.rules());
    }

    /**
     * Parse: every token of every record, nothing decoded.
     *
     * @return the tokens seen
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public long tokenWalk() {
        long tokens = 0;
        for (byte[] line : lines) {
            try (JsonParser p = factory.createParser(ObjectReadContext.empty(), line)) {
                while (p.nextToken() != null) {
                    tokens++;
                }
            }
        }
        return tokens;
    }

    /**
     * Parse: each record into a tree.
     *
     * @return the trees' sizes
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public long tree() {
        long size = 0;
        for (byte[] line : lines) {
            size += mapper.readTree(line).size();
        }
        return size;
    }

    /**
     * Schema: networknt on each record's tree.
     *
     * @return the errors (none: the records are valid)
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public long schema() {
        long errors = 0;
        for (JsonNode tree : trees) {
            errors += recordSchema.validate(tree).size();
        }
        return errors;
    }

    /**
     * Bind: JisrJson reading each record from its text.
     *
     * @return the records' hash codes, summed
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public long bind() {
        long sum = 0;
        for (String text : texts) {
            sum += json.readRecord(text).id().length();
        }
        return sum;
    }

    /**
     * Bind: JisrJson reading the records from the bytes of the stream.
     *
     * @return the records' ids' lengths, summed
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public long bindStream() {
        long sum = 0;
        try (RecordStreamReader reader = json.openStream(new ByteArrayInputStream(stream))) {
            while (reader.hasNext()) {
                sum += reader.next().id().length();
            }
        }
        return sum;
    }

    /**
     * Bean Validation and the model layer's own checks on each bound record.
     *
     * @return the findings (none)
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public long model() {
        long findings = 0;
        for (JisrRecord record : records) {
            findings += model.check(record);
        }
        return findings;
    }

    /**
     * The default rules over the bound records, from start to end.
     *
     * @return the findings (none)
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public long rules() {
        rules.start("stage.ndjson");
        for (JisrRecord record : records) {
            rules.onRecord(record);
        }
        return rules.end();
    }

    /**
     * Write: each record as a canonical JSON line.
     *
     * @return the characters written
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public long writeJson() {
        long chars = 0;
        for (JisrRecord record : records) {
            chars += json.toJsonLine(record).length();
        }
        return chars;
    }

    /**
     * Write: the records through the NDJSON stream writer, into a counting sink.
     *
     * @return the bytes written
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public long writeNdjson() {
        CountingSink sink = new CountingSink();
        try (RecordStreamWriter writer = json.openStreamWriter(sink, DocumentMetadata.EMPTY)) {
            for (JisrRecord record : records) {
                writer.write(record);
            }
        }
        return sink.count;
    }

    /**
     * Every stage together: the Validator on the records as a stream.
     *
     * @return the errors (none)
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public long validate() {
        return validator.validate(new ByteArrayInputStream(stream), "stage.ndjson", ExchangeForm.STREAM).errors();
    }

    /** Counts bytes and keeps none. */
    static final class CountingSink extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    /**
     * Lists the records' ids; used by the smoke test to check the state is what it says.
     *
     * @return the ids
     */
    List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (JisrRecord r : records) {
            ids.add(r.id());
        }
        return ids;
    }
}
