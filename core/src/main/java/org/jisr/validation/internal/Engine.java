package org.jisr.validation.internal;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.Optional;
import org.jisr.core.ProgressListener;
import org.jisr.core.internal.ProgressMeter;
import org.jisr.json.JisrJson;
import org.jisr.json.internal.ModelReader;
import org.jisr.validation.internal.schema.SchemaLayer;
import org.jisr.validation.internal.syntax.SyntaxFindings;
import org.jisr.json.internal.ReadFailure;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.JisrRecord;
import org.jisr.validation.ExchangeForm;
import org.jisr.validation.Finding;
import org.jisr.validation.FindingType;
import org.jisr.validation.Location;
import org.jisr.validation.RecordSource;
import org.jisr.validation.ReadLimits;
import org.jisr.validation.Rule;
import org.jisr.validation.RuleContext;
import org.jisr.validation.RuleProfile;
import org.jisr.validation.Severity;
import org.jisr.validation.ValidationReport;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs the four layers over a document or a record stream, record by record, so that memory
 * does not grow with the input. Immutable and thread-safe once built; each call to
 * {@link #validate} has its own state.
 */
public final class Engine {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final JisrJson CANONICAL = JisrJson.create();
    /** The package of Jisr's own rules, which share their state; also the key of that state. */
    private static final String BUILT_IN_RULES = "org.jisr.validation.internal.rules.";

    /** Where a value of the record being checked is, by its pointer within the record. */
    @FunctionalInterface
    private interface Locator {
        Location at(String pointerInRecord);
    }

    private final RuleProfile profile;
    private final ReadLimits limits;
    private final JsonFactory factory;
    private final SchemaLayer schema;
    private final List<ModelConstraints> model;
    private final List<Rule> rules;
    private final int parallelism;
    private final boolean fast;

    /**
     * Builds an engine: compiles the schemas, loads the model layer, finds the rules.
     *
     * @param profile       which rules run and each code's severity
     * @param limits        read limits
     * @param extraRules    rules added by the caller
     * @param discoverRules whether to find more rules with {@code ServiceLoader}
     * @param classLoader   where to find them (default: the context class loader)
     */
    public Engine(RuleProfile profile, ReadLimits limits, List<Rule> extraRules, boolean discoverRules,
            @Nullable ClassLoader classLoader) {
        this(profile, limits, extraRules, discoverRules, classLoader, 1, true);
    }

    /**
     * Builds an engine that may prepare the lines of a record stream on several threads.
     *
     * @param profile       which rules run and each code's severity
     * @param limits        read limits
     * @param extraRules    rules added by the caller
     * @param discoverRules whether to find more rules with {@code ServiceLoader}
     * @param classLoader   where to find them (default: the context class loader)
     * @param parallelism   threads that parse, check against the schema, bind and check the model of
     *                      a stream's lines, the calling thread included; 1: all on the calling
     *                      thread. Rules always run on the calling thread, in input order.
     * @param fast          whether the fast paths are taken: the schema pre-check that proves a value
     *                      valid without networknt, and the reading of a stream's line without noting
     *                      where its values are. {@code false} reads every line as this engine always
     *                      did, the reference the tests compare the fast paths with.
     */
    public Engine(RuleProfile profile, ReadLimits limits, List<Rule> extraRules, boolean discoverRules,
            @Nullable ClassLoader classLoader, int parallelism, boolean fast) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1: " + parallelism);
        }
        this.parallelism = parallelism;
        this.profile = profile;
        this.limits = limits;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(ReadConstraints.of(limits))
                // A parser a line: buffers from a pool per thread, not from one shared concurrent deque.
                .recyclerPool(JsonRecyclerPools.threadLocalPool())
                .build();
        this.schema = new SchemaLayer(fast);
        this.fast = fast;
        this.model = loadModelConstraints();
        this.rules = loadRules(profile, extraRules, discoverRules, classLoader);
    }

    /**
     * Returns the rules that run, in order.
     *
     * @return the enabled rules
     */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * Returns the model layer's finding types.
     *
     * @return the finding types of every model constraint provider
     */
    public static List<FindingType> modelFindingTypes() {
        List<FindingType> types = new ArrayList<>();
        for (ModelConstraints m : loadModelConstraints()) {
            types.addAll(m.findingTypes());
        }
        return types;
    }

    /**
     * Returns Jisr's own rules: those that core itself provides.
     *
     * @return the built-in rules
     */
    public static List<Rule> builtInRules() {
        List<Rule> found = new ArrayList<>();
        for (Rule r : ServiceLoader.load(Rule.class, Engine.class.getClassLoader())) {
            String name = r.getClass().getName();
            if (name.startsWith("org.jisr.") && name.contains(".internal.")) {
                found.add(r);
            }
        }
        return found;
    }

    private static List<ModelConstraints> loadModelConstraints() {
        List<ModelConstraints> found = new ArrayList<>();
        for (ModelConstraints m : ServiceLoader.load(ModelConstraints.class, Engine.class.getClassLoader())) {
            found.add(m);
        }
        return List.copyOf(found);
    }

    private static List<Rule> loadRules(RuleProfile profile, List<Rule> extra, boolean discover,
            @Nullable ClassLoader loader) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Rule r : builtInRules()) {
            byId.putIfAbsent(r.id(), r);
        }
        if (discover) {
            ClassLoader cl = loader != null ? loader : Thread.currentThread().getContextClassLoader();
            var it = ServiceLoader.load(Rule.class, cl).iterator();
            while (true) {
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    Rule r = it.next();
                    byId.putIfAbsent(r.id(), r);
                } catch (ServiceConfigurationError | LinkageError broken) {
                    // A broken rule provider must not stop validation for everyone; it is skipped.
                    continue;
                }
            }
        }
        for (Rule r : extra) {
            byId.putIfAbsent(r.id(), r);
        }
        List<Rule> enabled = new ArrayList<>();
        for (Rule r : byId.values()) {
            if (profile.isRuleEnabled(r.id())) {
                enabled.add(r);
            }
        }
        return List.copyOf(enabled);
    }

    /**
     * Validates one input into a report.
     *
     * @param in       the bytes
     * @param file     the name findings are reported under
     * @param form     document or stream
     * @param report   receives findings and counts
     * @param listener receives each finding as it is found, or {@code null}
     */
    public void validate(InputStream in, String file, ExchangeForm form, ValidationReport.Builder report,
            @Nullable Consumer<Finding> listener) {
        validate(in, file, form, report, listener, new ProgressMeter(file, -1, ProgressListener.NONE));
    }

    /**
     * Validates one input into a report, telling a meter how far it has got.
     *
     * @param in       the bytes
     * @param file     the name findings are reported under
     * @param form     document or stream
     * @param report   receives findings and counts
     * @param listener receives each finding as it is found, or {@code null}
     * @param progress counts the records and bytes read, and is told when reading is over
     */
    public void validate(InputStream in, String file, ExchangeForm form, ValidationReport.Builder report,
            @Nullable Consumer<Finding> listener, ProgressMeter progress) {
        Run run = new Run(file, report, listener);
        run.progress = progress;
        try {
            BufferedInputStream buffered = new BufferedInputStream(
                    new Limited(progress.count(in), limits.maxDocumentBytes()), 65536);
            if (!prelude(buffered, run)) {
                return;
            }
            if (form == ExchangeForm.STREAM) {
                stream(buffered, run);
            } else {
                document(buffered, run);
            }
        } catch (StopReading e) {
            // a limit finding was reported where reading stopped
        } catch (LimitReached e) {
            run.emit(SyntaxFindings.LIMIT_EXCEEDED, "", run.lastLine, 1,
                    Map.of("limit", "maxDocumentBytes", "maximum", String.valueOf(limits.maxDocumentBytes())));
        } catch (IOException e) {
            run.emit(SyntaxFindings.UNREADABLE_INPUT, "", Math.max(run.lastLine, 0), run.lastLine > 0 ? 1 : 0,
                    Map.of("reason", e.getClass().getSimpleName() + ": " + Objects.toString(e.getMessage(), "")));
        }
        run.end();
        progress.done();
    }

    /**
     * Validates records read by something else (an adapter) with the schema, model and rule
     * layers: each record is checked in its canonical JSON form against the record schema, then
     * as a model object; findings are located by the source.
     *
     * @param source the records
     * @param report receives findings and counts
     */
    public void validate(RecordSource source, ValidationReport.Builder report) {
        Run run = new Run(source.name(), report, null);
        Consumer<Finding> read = run::emitFound;
        boolean first = true;
        while (true) {
            Optional<JisrRecord> next = source.next(read);
            if (next.isEmpty()) {
                break;
            }
            if (first) {
                run.metadata = source.metadata();
                first = false;
            }
            if (run.records >= limits.maxRecords()) {
                run.emit(SyntaxFindings.LIMIT_EXCEEDED, source.locate(""),
                        Map.of("limit", "maxRecords", "maximum", String.valueOf(limits.maxRecords())));
                break;
            }
            run.records++;
            JisrRecord record = next.get();
            Locator at = source::locate;
            List<SchemaLayer.Problem> problems = schema.checkRecord(canonicalTree(record));
            for (SchemaLayer.Problem pr : problems) {
                run.emit(pr.type(), at.at(pr.pointer()), pr.parameters());
            }
            if (problems.isEmpty()) {
                run.checkBound(record, at);
            }
        }
        run.metadata = source.metadata();
        run.end();
    }

    /** The record as the canonical writer writes it: what the schema layer checks. */
    private JsonNode canonicalTree(JisrRecord record) {
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), CANONICAL.toJsonLine(record))) {
            p.nextToken();
            return LocatedTree.read(p, 0, (t, ptr, l, c, params) -> { }).root;
        }
    }

    /** Byte order marks and empty input; returns whether to go on. */
    private boolean prelude(BufferedInputStream in, Run run) throws IOException {
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        if (head.length == 0) {
            run.emit(SyntaxFindings.EMPTY_INPUT, "", 0, 0, Map.of());
            return false;
        }
        if (head.length >= 2 && (head[0] == 0 || head[1] == 0)) {
            run.emit(SyntaxFindings.NOT_UTF8, "", 1, 1, Map.of("detail", "UTF-16/UTF-32 without byte order mark"));
            return false;
        }
        if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))
                || head.length == 4 && head[0] == 0 && head[1] == 0 && head[2] == (byte) 0xFE && head[3] == (byte) 0xFF) {
            run.emit(SyntaxFindings.NOT_UTF8, "", 1, 1, Map.of("detail", "UTF-16/UTF-32 byte order mark"));
            return false;
        }
        if (head.length >= 3 && head[0] == UTF8_BOM[0] && head[1] == UTF8_BOM[1] && head[2] == UTF8_BOM[2]) {
            run.emit(SyntaxFindings.BYTE_ORDER_MARK, "", 1, 1, Map.of());
            in.skipNBytes(3);
        }
        return true;
    }

    // ---- documents

    private void document(InputStream in, Run run) {
        // Decoded strictly as UTF-8 before Jackson sees it: Jackson's byte parser would accept
        // overlong sequences and guess UTF-16 or UTF-32, and exchange files are UTF-8 only.
        java.io.Reader text = new StrictUtf8Reader(in);
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                run.emit(SyntaxFindings.EMPTY_INPUT, "", 1, 1, Map.of());
                return;
            }
            if (first != JsonToken.START_OBJECT) {
                LocatedTree value = LocatedTree.read(p, 0, run::emit);
                run.schemaProblems(schema.checkDocument(value.root), value, "");
                trailing(p, run, 0);
                return;
            }
            ObjectNode meta = JsonNodeFactory.instance.objectNode();
            Map<String, LocatedTree> metaTrees = new HashMap<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            String name;
            while ((name = p.nextName()) != null) {
                p.nextToken();
                String pointer = "/" + LocatedTree.escape(name);
                if (!seen.add(name)) {
                    TokenStreamLocation loc = p.currentTokenLocation();
                    run.emit(SyntaxFindings.DUPLICATE_KEY, pointer, loc.getLineNr(), loc.getColumnNr(),
                            Map.of("name", name));
                    p.skipChildren();
                    continue;
                }
                if (name.equals("records") && p.currentToken() == JsonToken.START_ARRAY) {
                    run.metadata = bindMetadata(meta);
                    run.metadataTree = LocatedTree.ofMembers(meta, metaTrees);
                    records(p, run);
                    meta.set(name, JsonNodeFactory.instance.arrayNode());
                } else {
                    LocatedTree tree = LocatedTree.read(p, 0, (t, ptr, l, c, params) -> run.emit(t, pointer + ptr, l, c, params));
                    meta.set(name, tree.root);
                    metaTrees.put(name, tree);
                }
            }
            LocatedTree metaTree = LocatedTree.ofMembers(meta, metaTrees);
            run.schemaProblems(schema.checkDocument(meta), metaTree, "");
            trailing(p, run, 0);
        } catch (JacksonException e) {
            if (e.getCause() instanceof StrictUtf8Reader.NotUtf8 bad) {
                run.emit(SyntaxFindings.NOT_UTF8, "", bad.line, bad.column, Map.of("detail", "invalid UTF-8 bytes"));
            } else {
                run.syntax(e, 0);
            }
        }
    }

    private void records(JsonParser p, Run run) {
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (run.records >= limits.maxRecords()) {
                TokenStreamLocation loc = p.currentTokenLocation();
                run.emit(SyntaxFindings.LIMIT_EXCEEDED, "/records/" + index, loc.getLineNr(), loc.getColumnNr(),
                        Map.of("limit", "maxRecords", "maximum", String.valueOf(limits.maxRecords())));
                throw new StopReading();
            }
            String base = "/records/" + index;
            LocatedTree tree = LocatedTree.read(p, 0, (t, ptr, l, c, params) -> run.emit(t, base + ptr, l, c, params));
            run.records++;
            run.progress.record();
            run.record(tree, base, schema.checkRecord(tree.root));
            index++;
        }
    }

    private void trailing(JsonParser p, Run run, int lineOffset) {
        try {
            JsonToken extra = p.nextToken();
            if (extra != null) {
                TokenStreamLocation loc = p.currentTokenLocation();
                run.emit(SyntaxFindings.TRAILING_CONTENT, "", loc.getLineNr() + lineOffset, loc.getColumnNr(), Map.of());
            }
        } catch (JacksonException e) {
            TokenStreamLocation loc = e.getLocation();
            run.emit(SyntaxFindings.TRAILING_CONTENT, "", loc == null ? 1 : loc.getLineNr() + lineOffset,
                    loc == null ? 1 : Math.max(loc.getColumnNr(), 1), Map.of());
        }
    }

    private DocumentMetadata bindMetadata(ObjectNode meta) {
        // The reader wants "type" first, as on a stream's Header line.
        ObjectNode header = JsonNodeFactory.instance.objectNode();
        header.put("type", "Header");
        header.setAll(meta.deepCopy());
        header.remove("records");
        if (!header.has("jisr")) {
            return DocumentMetadata.EMPTY;
        }
        try (JsonParser p = header.traverse(ObjectReadContext.empty())) {
            ModelReader.Item item = new ModelReader(p, 0).readLine(true);
            return item instanceof ModelReader.HeaderItem h ? h.metadata() : DocumentMetadata.EMPTY;
        } catch (ReadFailure | JacksonException e) {
            return DocumentMetadata.EMPTY;
        }
    }

    // ---- record streams

    private void stream(InputStream in, Run run) throws IOException {
        LineReader lines = new LineReader(in, limits.maxLineLength());
        if (parallelism <= 1) {
            int lineNo = 0;
            boolean first = true;
            while (true) {
                LineReader.Line line = lines.next();
                if (line == null) {
                    break;
                }
                lineNo++;
                Prepared prepared = prepare(line, lineNo);
                if (!streamLine(prepared, first, run)) {
                    return;
                }
                first = first && prepared.blank;
            }
            return;
        }
        parallelStream(lines, run);
    }

    /** Lines a task prepares at once: enough to pay for handing work to another thread. */
    private static final int BATCH_LINES = 256;
    /** {@link #BATCH_LINES}, smaller in tests so that a short input spans many batches. */
    private int batchLines = BATCH_LINES;

    /**
     * Makes batches of the given number of lines; for tests only, which need many batches from a
     * short input.
     *
     * @param lines lines a batch, at least 1
     * @return this engine
     */
    Engine batchLines(int lines) {
        this.batchLines = Math.max(1, lines);
        return this;
    }
    /** Bytes a task prepares at most at once, so that long lines do not hold much memory. */
    private static final long BATCH_BYTES = 1 << 20;

    /**
     * Prepares batches of lines on {@code parallelism - 1} worker threads and this one, while this
     * thread also reports them and runs the rules, batch after batch in input order: the report
     * is the one {@code parallelism} 1 gives. At most eight batches per thread are in flight, so
     * memory does not grow with the input.
     */
    private void parallelStream(LineReader lines, Run run) throws IOException {
        java.util.concurrent.atomic.AtomicInteger threads = new java.util.concurrent.atomic.AtomicInteger();
        // The calling thread is one of the threads: it prepares batches too, when the one it needs
        // next is not ready, instead of waiting (and a waiting thread would leave a core idle).
        ExecutorService pool = Executors.newFixedThreadPool(parallelism - 1, task -> {
            Thread t = new Thread(task, "jisr-validate-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<FutureTask<Prepared[]>> inFlight = new ArrayDeque<>();
        // Eight a thread: with three, the workers ran out of batches while this thread stole one
        // and then reported one; with eight, two threads keep both cores busy (process CPU time
        // 1.97 to 1.99 times the wall time on the 100k benchmark corpus).
        int maxInFlight = parallelism * 8;
        int lineNo = 0;
        boolean first = true;
        boolean reading = true;
        IOException failed = null;
        try {
            while (true) {
                while (reading && inFlight.size() < maxInFlight) {
                    List<LineReader.Line> batch = new ArrayList<>();
                    long bytes = 0;
                    try {
                        while (batch.size() < batchLines && bytes < BATCH_BYTES) {
                            LineReader.Line l = lines.next();
                            if (l == null) {
                                reading = false;
                                break;
                            }
                            batch.add(l);
                            bytes += l.length();
                        }
                    } catch (IOException e) {
                        // Report the lines read before the failure first, as reading line by line does.
                        failed = e;
                        reading = false;
                    }
                    if (batch.isEmpty()) {
                        break;
                    }
                    int firstNo = lineNo + 1;
                    lineNo += batch.size();
                    FutureTask<Prepared[]> task = new FutureTask<>(() -> {
                        Prepared[] out = new Prepared[batch.size()];
                        for (int i = 0; i < out.length; i++) {
                            out[i] = prepare(batch.get(i), firstNo + i);
                        }
                        return out;
                    });
                    inFlight.add(task);
                    pool.execute(task);
                }
                FutureTask<Prepared[]> head = inFlight.poll();
                if (head == null) {
                    break;
                }
                // A task runs once: run() does nothing on a task a worker has started or finished.
                head.run();
                for (FutureTask<Prepared[]> later : inFlight) {
                    if (head.isDone()) {
                        break;
                    }
                    later.run();
                }
                for (Prepared prepared : await(head)) {
                    if (!streamLine(prepared, first, run)) {
                        return;
                    }
                    first = first && prepared.blank;
                }
            }
            if (failed != null) {
                throw failed;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Prepared[] await(FutureTask<Prepared[]> batch) throws IOException {
        try {
            return batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("validation interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error err) {
                throw err;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * The work on one line that does not depend on the lines before it — decoding, parsing,
     * the schema, binding and the model layer — so that it can run on any thread. Nothing is
     * reported here: what is found is kept for {@link #streamLine}, which reports in input order.
     */
    Prepared prepare(LineReader.Line line, int lineNo) {
        Prepared out = new Prepared(line, lineNo);
        if (line.tooLong()) {
            return out;
        }
        // The fast path: a record with nothing to report is read without noting where its values
        // are, from its bytes as they are (Jackson decodes UTF-8 itself, faster than decoding to a
        // string first): a line of valid UTF-8 that opens an object, and no longer in bytes than the
        // limit in characters (so no longer in characters either). Anything else (a syntax problem,
        // a header, a schema problem, a binding failure) is read again by the reference path.
        if (fast && line.length() <= limits.maxLineLength() && opensObject(line) && Utf8.isValid(line.bytes(), line.length())) {
            JsonNode root;
            try (JsonParser p = factory.createParser(ObjectReadContext.empty(), line.bytes(), 0, line.length())) {
                p.nextToken();
                root = LocatedTree.readPlain(p, hasUnicodeEscape(line));
                if (root != null && p.nextToken() == null && fastRecord(root, out)) {
                    return out;
                }
            } catch (JacksonException e) {
                // read again below, and by the reference path, which reports it
            }
            out.text = new String(line.bytes(), 0, line.length(), StandardCharsets.UTF_8);
            return out;
        }
        String text;
        try {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            text = decoder.decode(ByteBuffer.wrap(line.bytes(), 0, line.length())).toString();
        } catch (CharacterCodingException e) {
            out.badEncoding = true;
            return out;
        }
        if (text.length() > limits.maxLineLength()) {
            out.tooLong = true;
            return out;
        }
        // Not for the fast path (invalid UTF-8, no object, or longer in bytes than the limit in
        // characters): decoded for the reference path, which reports exactly as it always has.
        out.text = text;
        out.blank = text.isBlank();
        return out;
    }

    /** Whether a line holds {@code \\u}: the only way an unpaired surrogate gets into valid UTF-8 JSON. */
    private static boolean hasUnicodeEscape(LineReader.Line line) {
        return Utf8.hasUnicodeEscape(line.bytes(), line.length());
    }

    /** Whether a line's first byte other than a space or a tab opens an object. */
    private static boolean opensObject(LineReader.Line line) {
        byte[] b = line.bytes();
        for (int i = 0; i < line.length(); i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
                return b[i] == '{';
            }
        }
        return false;
    }

    /**
     * The rest of the fast path, on a line's tree: a record that the schema accepts and that binds
     * is kept, bound, with its model findings. Returns false for anything else, left to the
     * reference path.
     */
    private boolean fastRecord(JsonNode root, Prepared out) {
        if (!root.isObject() || "Header".equals(root.path("type").asString(""))) {
            return false;
        }
        if (!schema.checkStreamLine(root).isEmpty()) {
            return false;
        }
        JisrRecord bound;
        try (JsonParser p = root.traverse(ObjectReadContext.empty())) {
            // Without pointers: a record that does not bind is read again by the reference path.
            ModelReader.Item item = new ModelReader(p, 0).withoutPointers().readLine(false);
            bound = ((ModelReader.RecordItem) item).value();
        } catch (ReadFailure | JacksonException e) {
            return false;
        }
        out.bound = bound;
        out.modelFindings = modelFindings(bound);
        return true;
    }

    /** The model layer on a bound record, its findings kept (pointers relative to the record) in order. */
    private List<Deferred> modelFindings(JisrRecord bound) {
        List<Deferred> found = new ArrayList<>(0);
        FindingSink sink = (type, ptr, params) -> found.add(new Deferred(type, ptr, params));
        for (ModelConstraints m : model) {
            try {
                if (!m.clean(bound)) {
                    m.check(bound, sink);
                }
            } catch (VirtualMachineError e) {
                throw e;
            } catch (RuntimeException | LinkageError e) {
                // Never let a defect of a check reach the user: report it where the record is.
                found.add(new Deferred(EngineFindings.MODEL_FAILED, "", Map.of("error", e.toString())));
            }
        }
        return found;
    }

    /** A model finding waiting to be located and reported in input order. */
    record Deferred(FindingType type, String pointer, Map<String, String> parameters) {
    }

    /** One line, prepared by {@link #prepare}. */
    static final class Prepared {
        final LineReader.Line line;
        final int lineNo;
        boolean tooLong;
        boolean badEncoding;
        boolean blank;
        @Nullable String text;
        /** The line's text: decoded when first asked, for a line read as bytes (valid UTF-8). */
        String text() {
            String t = text;
            if (t == null) {
                t = new String(line.bytes(), 0, line.length(), StandardCharsets.UTF_8);
                text = t;
            }
            return t;
        }

        /** Set when the fast path got through: the record, schema-valid and bound. */
        @Nullable JisrRecord bound;
        List<Deferred> modelFindings = List.of();

        Prepared(LineReader.Line line, int lineNo) {
            this.line = line;
            this.lineNo = lineNo;
            this.tooLong = line.tooLong();
        }
    }

    /**
     * Reports what one prepared line holds and runs the rules on it, in input order, on the
     * thread that owns {@code run}. Returns whether to go on reading.
     */
    boolean streamLine(Prepared line, boolean first, Run run) {
        int lineNo = line.lineNo;
        run.lastLine = lineNo;
        if (line.tooLong) {
            run.emit(SyntaxFindings.LIMIT_EXCEEDED, "", lineNo, 1,
                    Map.of("limit", "maxLineLength", "maximum", String.valueOf(limits.maxLineLength())));
            return true;
        }
        if (line.badEncoding) {
            run.emit(SyntaxFindings.NOT_UTF8, "", lineNo, 1, Map.of("detail", "invalid UTF-8 bytes"));
            return true;
        }
        if (line.blank) {
            if (!line.line.atEnd()) {
                run.emit(SyntaxFindings.EMPTY_LINE, "", lineNo, 1, Map.of());
            }
            return true;
        }
        if (run.records >= limits.maxRecords()) {
            run.emit(SyntaxFindings.LIMIT_EXCEEDED, "", lineNo, 1,
                    Map.of("limit", "maxRecords", "maximum", String.valueOf(limits.maxRecords())));
            return false;
        }
        JisrRecord bound = line.bound;
        if (bound == null) {
            streamLine(line.text(), lineNo, first, run);
            return true;
        }
        run.records++;
        run.progress.record();
        Locator at = new LazyLocator(line, lineNo - 1, run.file);
        for (Deferred d : line.modelFindings) {
            run.emit(d.type(), at.at(d.pointer()), d.parameters());
        }
        run.rules(bound, at);
        return true;
    }

    /**
     * Locates values of a record read on the fast path: where they are is only worked out (by
     * walking the line's tokens again up to the value, without building a tree) when a finding
     * or a rule needs it.
     */
    private final class LazyLocator implements Locator {
        private final Prepared line;
        private final int offset;
        private final String file;

        LazyLocator(Prepared line, int offset, String file) {
            this.line = line;
            this.offset = offset;
            this.file = file;
        }

        @Override
        public Location at(String pointerInRecord) {
            if (pointerInRecord.isEmpty() && line.line.length() > 0 && line.line.bytes()[0] == '{') {
                // Where the record starts, known without reading it again: every rule asks.
                return Location.of(file, "", offset + 1, 1);
            }
            long at;
            try (JsonParser p = factory.createParser(ObjectReadContext.empty(), line.text())) {
                p.nextToken();
                at = LocatedTree.seek(p, pointerInRecord);
            }
            return Location.of(file, pointerInRecord, (int) (at >>> 32) + offset, (int) at);
        }
    }

    private void streamLine(String text, int lineNo, boolean first, Run run) {
        int offset = lineNo - 1;
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), text)) {
            p.nextToken();
            LocatedTree tree = LocatedTree.read(p, offset, run::emit);
            trailing(p, run, offset);
            boolean header = tree.root.isObject() && "Header".equals(tree.root.path("type").asString(""));
            if (header && !first) {
                run.emit(EngineFindings.HEADER_NOT_FIRST, "/type", tree.line("/type"), tree.column("/type"), Map.of());
                return;
            }
            List<SchemaLayer.Problem> problems = schema.checkStreamLine(tree.root);
            if (header) {
                run.schemaProblems(problems, tree, "");
                if (problems.isEmpty()) {
                    ObjectNode meta = (ObjectNode) tree.root;
                    meta.remove("type");
                    run.metadata = bindMetadata(meta);
                    run.metadataTree = tree;
                }
                return;
            }
            run.records++;
            run.progress.record();
            run.record(tree, "", problems);
        } catch (StopReading e) {
            throw e;
        } catch (JacksonException e) {
            run.syntax(e, offset);
        }
    }

    // ---- one validation

    /** Thrown to stop reading after a limit; caught in {@link #validate}. */
    private static final class StopReading extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopReading() {
            super(null, null, false, false);
        }
    }

    private final class Run {
        final String file;
        final ValidationReport.Builder report;
        final @Nullable Consumer<Finding> listener;
        /** Each rule's state, but Jisr's own rules share one, so that they keep the ids of the records once. */
        final Map<Object, Map<Class<?>, Object>> ruleState = new IdentityHashMap<>();
        /** Each rule's context, by the rule's index. */
        private final RuleContext[] contexts = new RuleContext[rules.size()];
        DocumentMetadata metadata = DocumentMetadata.EMPTY;
        @Nullable LocatedTree metadataTree;
        long records;
        int lastLine;
        ProgressMeter progress = new ProgressMeter("", -1, ProgressListener.NONE);
        /** Locates values of the record the rules are looking at; {@code null} between records. */
        @Nullable Locator current;

        Run(String file, ValidationReport.Builder report, @Nullable Consumer<Finding> listener) {
            this.file = file;
            this.report = report;
            this.listener = listener;
        }

        void emit(FindingType type, String pointer, int line, int column, Map<String, String> parameters) {
            emit(type, Location.of(file, pointer, line, column), parameters);
        }

        void emit(FindingType type, Location at, Map<String, String> parameters) {
            Severity severity = profile.severityOf(type).orElse(null);
            if (severity == null) {
                return;
            }
            Finding f = new Finding(type, severity, parameters, at);
            report.add(f);
            if (listener != null) {
                listener.accept(f);
            }
        }

        /**
         * A finding made elsewhere (by the reader of a record source), with the severity its type
         * has under the profile, like every other finding: readers report at the default severity.
         */
        void emitFound(Finding finding) {
            emit(finding.type(), finding.location(), finding.parameters());
        }

        void schemaProblems(List<SchemaLayer.Problem> problems, LocatedTree tree, String base) {
            for (SchemaLayer.Problem pr : problems) {
                emit(pr.type(), base + pr.pointer(), tree.line(pr.pointer()), tree.column(pr.pointer()), pr.parameters());
            }
        }

        void record(LocatedTree tree, String base, List<SchemaLayer.Problem> problems) {
            schemaProblems(problems, tree, base);
            if (!problems.isEmpty() || !tree.syntaxOk) {
                return;
            }
            JisrRecord bound;
            try (JsonParser p = tree.root.traverse(ObjectReadContext.empty())) {
                ModelReader.Item item = new ModelReader(p, 0).readLine(false);
                bound = ((ModelReader.RecordItem) item).value();
            } catch (ReadFailure e) {
                if (e.impossibleDate().isPresent()) {
                    // The schema checks a date's shape only; whether the day exists is known when binding.
                    emit(EngineFindings.IMPOSSIBLE_DATE, base + e.pointer(), tree.line(e.pointer()),
                            tree.column(e.pointer()), Map.of("value", e.impossibleDate().get()));
                } else {
                    emit(EngineFindings.NOT_BOUND, base, tree.line(""), tree.column(""),
                            Map.of("reason", Objects.toString(e.getMessage(), e.toString())));
                }
                return;
            } catch (JacksonException e) {
                emit(EngineFindings.NOT_BOUND, base, tree.line(""), tree.column(""),
                        Map.of("reason", Objects.toString(e.getMessage(), e.toString())));
                return;
            }
            checkBound(bound, ptr -> Location.of(file, base + ptr, tree.line(ptr), tree.column(ptr)));
        }

        /** The model layer and the rules, on a record read and bound. */
        void checkBound(JisrRecord bound, Locator at) {
            for (Deferred found : modelFindings(bound)) {
                emit(found.type(), at.at(found.pointer()), found.parameters());
            }
            rules(bound, at);
        }

        /** The rules, on a record that went through the model layer. */
        void rules(JisrRecord bound, Locator at) {
            current = at;
            for (int i = 0; i < rules.size(); i++) {
                Rule rule = rules.get(i);
                RuleContext context = context(i);
                guard(rule, () -> rule.onRecord(bound, context));
            }
            current = null;
        }

        void end() {
            for (int i = 0; i < rules.size(); i++) {
                Rule rule = rules.get(i);
                RuleContext context = context(i);
                guard(rule, () -> rule.onEnd(context));
            }
            report.records(records);
        }

        private void guard(Rule rule, Runnable call) {
            try {
                call.run();
            } catch (VirtualMachineError e) {
                throw e;
            } catch (Throwable e) {
                Locator now = current;
                Location at = now != null ? now.at("") : Location.of(file, "", Math.max(lastLine, 1), 1);
                emit(EngineFindings.RULE_FAILED, at, Map.of("rule", rule.id(), "error", e.toString()));
            }
        }

        /** The context of the i-th rule, made once per validation. */
        private RuleContext context(int i) {
            RuleContext context = contexts[i];
            if (context == null) {
                context = newContext(rules.get(i));
                contexts[i] = context;
            }
            return context;
        }

        private RuleContext newContext(Rule rule) {
            Object owner = rule.getClass().getName().startsWith(BUILT_IN_RULES) ? BUILT_IN_RULES : rule;
            Map<Class<?>, Object> state = ruleState.computeIfAbsent(owner, r -> new HashMap<>());
            return new RuleContext() {
                @Override
                public String file() {
                    return file;
                }

                @Override
                public DocumentMetadata metadata() {
                    return metadata;
                }

                @Override
                public Location locate(String pointerInRecord) {
                    Locator now = current;
                    if (now == null) {
                        throw new IllegalStateException("locate() is only available while a record is checked");
                    }
                    return now.at(pointerInRecord);
                }

                @Override
                public Location locateMetadata(String pointer) {
                    LocatedTree tree = metadataTree;
                    return tree == null ? Location.of(file, pointer, 1, 1)
                            : Location.of(file, pointer, tree.line(pointer), tree.column(pointer));
                }

                @Override
                public void report(FindingType type, Location at, Map<String, String> parameters) {
                    emit(type, at, parameters);
                }

                @Override
                public <T> T state(Class<T> type, Supplier<T> initial) {
                    return type.cast(state.computeIfAbsent(type, k -> initial.get()));
                }
            };
        }

        /** A JSON syntax error: reading this document (or line) cannot go on. */
        void syntax(JacksonException e, int lineOffset) {
            TokenStreamLocation loc = e.getLocation();
            int line = loc == null ? Math.max(lastLine, 1) : Math.max(loc.getLineNr(), 1) + lineOffset;
            int column = loc == null ? 1 : Math.max(loc.getColumnNr(), 1);
            String message = Objects.toString(e.getOriginalMessage(), "");
            String pointer = "";
            emit(SyntaxErrors.type(e, message), pointer, line, column, SyntaxErrors.parameters(e, message, limits));
        }
    }

    // ---- bytes

    /** Counts bytes and stops at the limit. */
    private static final class Limited extends FilterInputStream {
        private final long max;
        private long count;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++count > max) {
                throw new LimitReached();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
                if (count > max) {
                    throw new LimitReached();
                }
            }
            return n;
        }
    }

    private static final class LimitReached extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /**
     * Splits a stream into lines, a buffer at a time (not a byte at a time through a synchronized
     * stream), bounded in length. Decoding is left to {@link #prepare}, which can run on another
     * thread. Not thread-safe: one reader, one thread.
     */
    static final class LineReader {
        /**
         * One line's bytes without its end ({@code \n}, {@code \r\n}).
         *
         * @param atEnd for a line that may be blank, whether nothing follows it
         */
        record Line(byte[] bytes, int length, boolean tooLong, boolean atEnd) {
        }

        private static final byte[] NONE = new byte[0];

        private final InputStream in;
        private final long maxBytes;
        private final byte[] buffer = new byte[65536];
        private int pos;
        private int limit;
        private boolean end;

        LineReader(InputStream in, int maxChars) {
            this.in = in;
            // UTF-8 needs at most 4 bytes a character: a conservative byte bound.
            this.maxBytes = (long) maxChars * 4;
        }

        private boolean fill() throws IOException {
            if (end) {
                return false;
            }
            pos = 0;
            limit = 0;
            int n;
            do {
                n = in.read(buffer, 0, buffer.length);
            } while (n == 0);
            if (n < 0) {
                end = true;
                return false;
            }
            limit = n;
            return true;
        }

        @Nullable Line next() throws IOException {
            if (pos >= limit && !fill()) {
                return null;
            }
            byte[] bytes = NONE;
            int length = 0;
            boolean tooLong = false;
            while (true) {
                int start = pos;
                int nl = start;
                while (nl < limit && buffer[nl] != '\n') {
                    nl++;
                }
                int chunk = nl - start;
                if (!tooLong) {
                    if (length + (long) chunk > maxBytes) {
                        tooLong = true;
                        bytes = NONE;
                        length = 0;
                    } else {
                        if (length + chunk > bytes.length) {
                            bytes = java.util.Arrays.copyOf(bytes, Math.max(length + chunk, Math.min(
                                    (int) Math.min(maxBytes, Integer.MAX_VALUE - 8), bytes.length * 2 + 256)));
                        }
                        System.arraycopy(buffer, start, bytes, length, chunk);
                        length += chunk;
                    }
                }
                if (nl < limit) {
                    pos = nl + 1;
                    break;
                }
                pos = limit;
                if (!fill()) {
                    break;
                }
            }
            if (tooLong) {
                return new Line(NONE, 0, true, false);
            }
            if (length > 0 && bytes[length - 1] == '\r') {
                length--;
            }
            return new Line(bytes, length, false, mayBeBlank(bytes, length) && atEnd());
        }

        private boolean atEnd() throws IOException {
            return pos >= limit && !fill();
        }

        /** False as soon as a byte is ASCII and not white space: only other lines need {@link #atEnd}. */
        private static boolean mayBeBlank(byte[] bytes, int length) {
            for (int i = 0; i < length; i++) {
                int b = bytes[i];
                if (b >= 0 && !Character.isWhitespace(b)) {
                    return false;
                }
            }
            return true;
        }
    }
}
