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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
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
        this.profile = profile;
        this.limits = limits;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(ReadConstraints.of(limits))
                .build();
        this.schema = new SchemaLayer();
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
        int lineNo = 0;
        boolean first = true;
        while (true) {
            LineReader.Line line = lines.next();
            if (line == null) {
                break;
            }
            lineNo++;
            run.lastLine = lineNo;
            if (line.tooLong()) {
                run.emit(SyntaxFindings.LIMIT_EXCEEDED, "", lineNo, 1,
                        Map.of("limit", "maxLineLength", "maximum", String.valueOf(limits.maxLineLength())));
                first = false;
                continue;
            }
            if (line.badEncoding()) {
                run.emit(SyntaxFindings.NOT_UTF8, "", lineNo, 1, Map.of("detail", "invalid UTF-8 bytes"));
                first = false;
                continue;
            }
            String text = line.text();
            if (text.isBlank()) {
                if (!lines.atEnd()) {
                    run.emit(SyntaxFindings.EMPTY_LINE, "", lineNo, 1, Map.of());
                }
                continue;
            }
            if (run.records >= limits.maxRecords()) {
                run.emit(SyntaxFindings.LIMIT_EXCEEDED, "", lineNo, 1,
                        Map.of("limit", "maxRecords", "maximum", String.valueOf(limits.maxRecords())));
                return;
            }
            streamLine(text, lineNo, first, run);
            first = false;
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
        final Map<Rule, Map<Class<?>, Object>> ruleState = new IdentityHashMap<>();
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
            FindingSink sink = (type, ptr, params) -> emit(type, at.at(ptr), params);
            for (ModelConstraints m : model) {
                try {
                    m.check(bound, sink);
                } catch (VirtualMachineError e) {
                    throw e;
                } catch (RuntimeException | LinkageError e) {
                    // Never let a defect of a check reach the user: report it where the record is.
                    emit(EngineFindings.MODEL_FAILED, at.at(""), Map.of("error", e.toString()));
                }
            }
            current = at;
            for (Rule rule : rules) {
                guard(rule, () -> rule.onRecord(bound, context(rule)));
            }
            current = null;
        }

        void end() {
            for (Rule rule : rules) {
                guard(rule, () -> rule.onEnd(context(rule)));
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

        private RuleContext context(Rule rule) {
            Map<Class<?>, Object> state = ruleState.computeIfAbsent(rule, r -> new HashMap<>());
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
     * Reads a stream line by line, bounded in length, decoding UTF-8 strictly. It reads through a
     * buffer of its own: a byte at a time from the stream (a lock each) made a gigabyte line take
     * half a minute.
     */
    private static final class LineReader {
        record Line(String text, boolean tooLong, boolean badEncoding) {
        }

        private final InputStream in;
        private final int maxChars;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final byte[] buffer = new byte[65536];
        private int position;
        private int limit;
        private boolean end;

        LineReader(InputStream in, int maxChars) {
            this.in = in;
            this.maxChars = maxChars;
        }

        /** Whether the buffer has bytes, reading more when it is empty; false at the end of the input. */
        private boolean fill() throws IOException {
            if (position < limit) {
                return true;
            }
            int n = in.read(buffer, 0, buffer.length);
            position = 0;
            limit = Math.max(n, 0);
            return n > 0;
        }

        boolean atEnd() throws IOException {
            return end || !fill();
        }

        @Nullable Line next() throws IOException {
            if (end) {
                return null;
            }
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            boolean tooLong = false;
            boolean any = false;
            boolean newline = false;
            // UTF-8 needs at most 4 bytes a character: a conservative byte bound.
            long maxBytes = (long) maxChars * 4;
            while (!newline && fill()) {
                any = true;
                int from = position;
                int to = from;
                while (to < limit && buffer[to] != '\n') {
                    to++;
                }
                newline = to < limit;
                position = newline ? to + 1 : to;
                if (!tooLong) {
                    if (bytes.size() + (long) (to - from) > maxBytes) {
                        tooLong = true;
                        bytes.reset();
                    } else {
                        bytes.write(buffer, from, to - from);
                    }
                }
            }
            if (!newline) {
                end = true;
                if (!any) {
                    return null;
                }
            }
            if (tooLong) {
                return new Line("", true, false);
            }
            byte[] raw = bytes.toByteArray();
            int len = raw.length > 0 && raw[raw.length - 1] == '\r' ? raw.length - 1 : raw.length;
            try {
                CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(raw, 0, len));
                String text = chars.toString();
                return text.length() > maxChars ? new Line("", true, false) : new Line(text, false, false);
            } catch (CharacterCodingException e) {
                return new Line("", false, true);
            }
        }
    }
}
