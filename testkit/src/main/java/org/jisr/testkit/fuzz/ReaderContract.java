package org.jisr.testkit.fuzz;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.JisrRecord;
import org.jisr.spi.Adapter;
import org.jisr.spi.AdapterContext;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.RecordReader;
import org.jisr.validation.ExchangeForm;
import org.jisr.validation.Finding;
import org.jisr.validation.FindingMessages;
import org.jisr.validation.FindingType;
import org.jisr.validation.Location;
import org.jisr.validation.ReadLimits;
import org.jisr.validation.RecordSource;
import org.jisr.validation.ValidationReport;
import org.jisr.validation.Validator;

/**
 * What every reader promises whatever bytes it is given, checked on one input: no exception
 * escapes (only findings come out), every finding is located in the input read and has its
 * message in French, Arabic and English with every parameter the message names, no finding is
 * one of the safety nets that only a defect reaches ({@link #DEFECT_CODES}), and reading ends —
 * after at most {@link ReadLimits#maxRecords()} records.
 *
 * <p>An exception thrown by the reader is not caught: it reaches the caller unchanged, so that a
 * fuzzer tells one defect from another by its stack trace and a jqwik property shrinks on it. A
 * broken promise of another kind is an {@link AssertionError} naming the input.
 *
 * <pre>{@code
 * @FuzzTest
 * void csvFr(byte[] bytes) {
 *     ReaderContract.read(new CsvFrAdapter(), "partenariats.csv", bytes, Map.of());
 * }
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ReaderContract {

    /**
     * The limits readers are given here: small enough that an input of a few kilobytes can
     * reach each of them (a fuzzer then explores what happens at the limit), large enough for
     * the valid files of a corpus.
     */
    public static final ReadLimits LIMITS = new ReadLimits(4L * 1024 * 1024, 32, 100_000, 100, 1_000, 100_000,
            10_000);

    /**
     * The codes of the findings that report a defect of Jisr or of an adapter rather than a
     * problem of the input: a reader or a check that threw, caught by a safety net. Hostile input
     * must never produce them.
     */
    public static final Set<String> DEFECT_CODES = Set.of("adapter.failed", "model.check-failed", "rule.failed");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_-]*)\\}");

    private ReaderContract() {
    }

    /**
     * What reading gave.
     *
     * @param records  the records read
     * @param findings the findings reported, in order
     */
    public record Outcome(int records, List<Finding> findings) {
        /** Creates an outcome; the findings are copied. */
        public Outcome {
            findings = List.copyOf(findings);
        }
    }

    /**
     * Asks the adapter to detect the input, then reads it to the end with the adapter's reader
     * (the adapter itself, without the guard a host puts around plugin code), and checks the
     * contract.
     *
     * @param adapter the adapter, which must read
     * @param name    the input's name (its extension may matter to the adapter)
     * @param bytes   the input
     * @param options the adapter options ({@link AdapterContext#options()})
     * @return what reading gave
     * @throws AssertionError when the contract is broken other than by an exception
     */
    public static Outcome read(Adapter adapter, String name, byte[] bytes, Map<String, String> options) {
        Objects.requireNonNull(adapter, "adapter");
        Collecting context = new Collecting(options);
        adapter.detect(AdapterInput.of(name, bytes));
        int records = 0;
        try (RecordReader reader = adapter.openReader(AdapterInput.of(name, bytes), context)) {
            while (reader.next().isPresent()) {
                records++;
                checkEnds(records, name, bytes);
            }
            reader.metadata();
            reader.locate("");
        }
        Outcome outcome = new Outcome(records, context.findings);
        check(outcome.findings(), name, bytes);
        return outcome;
    }

    /**
     * Reads the input with the adapter's reader, as {@link #read}, and validates the records it
     * gives with the validator (schema, model and rules), as a host validates a file of an
     * adapter's format; checks the contract on everything reported.
     *
     * @param validator the validator; its limits are not used (the reader gets {@link #LIMITS})
     * @param adapter   the adapter, which must read
     * @param name      the input's name
     * @param bytes     the input
     * @param options   the adapter options
     * @return the validation report
     * @throws AssertionError when the contract is broken other than by an exception
     */
    public static ValidationReport validate(Validator validator, Adapter adapter, String name, byte[] bytes,
            Map<String, String> options) {
        Objects.requireNonNull(validator, "validator");
        Collecting context = new Collecting(options);
        ValidationReport report;
        try (RecordReader reader = adapter.openReader(AdapterInput.of(name, bytes), context)) {
            report = validator.validate(new ReaderSource(name, bytes, reader, context));
        }
        check(report.findings(), name, bytes);
        checkEnds(report.records(), name, bytes);
        return report;
    }

    /**
     * Validates the input as an exchange file with the validator — the syntax, schema, model and
     * rule layers on the bytes — and checks the contract on the report.
     *
     * @param validator the validator (give it {@link #LIMITS} to explore the limits)
     * @param name      the input's name
     * @param bytes     the input
     * @param form      document or record stream
     * @return the report
     * @throws AssertionError when the contract is broken other than by an exception
     */
    public static ValidationReport validate(Validator validator, String name, byte[] bytes, ExchangeForm form) {
        ValidationReport report = validator.validate(new ByteArrayInputStream(bytes), name, form);
        check(report.findings(), name, bytes);
        checkEnds(report.records(), name, bytes);
        return report;
    }

    private static void checkEnds(long records, String name, byte[] bytes) {
        if (records > LIMITS.maxRecords()) {
            throw new AssertionError("read " + records + " records, more than the limit of " + LIMITS.maxRecords()
                    + ", from " + describe(name, bytes));
        }
    }

    private static void check(List<Finding> findings, String name, byte[] bytes) {
        for (Finding f : findings) {
            if (DEFECT_CODES.contains(f.code())) {
                throw new AssertionError("a defect was caught by a safety net: " + f.code() + " " + f.parameters()
                        + " at " + f.location() + ", reading " + describe(name, bytes));
            }
            Location at = f.location();
            // A finding about the input must name it, and point into it: line 0 means "no line",
            // which only an input without lines (an empty one) may give.
            if (!at.file().equals(name)) {
                throw new AssertionError(f.code() + " is located in " + at.file() + ", not in the input read, "
                        + describe(name, bytes));
            }
            if (bytes.length > 0 && (at.line() < 1 || at.column() < 1)) {
                throw new AssertionError(f.code() + " has no line or column (" + at + "), reading "
                        + describe(name, bytes));
            }
            checkMessages(f, name, bytes);
        }
    }

    /** A user reads the finding in French, Arabic or English: each message exists, and gets its parameters. */
    private static void checkMessages(Finding f, String name, byte[] bytes) {
        for (String language : FindingMessages.LANGUAGES) {
            Optional<String> template = FindingMessages.of(language).template(f.type());
            if (template.isEmpty()) {
                throw new AssertionError(f.code() + " has no message in " + language + ", reading " + describe(name, bytes));
            }
            Matcher placeholder = PLACEHOLDER.matcher(template.get());
            while (placeholder.find()) {
                if (!f.parameters().containsKey(placeholder.group(1))) {
                    throw new AssertionError(f.code() + " has no parameter " + placeholder.group(1) + " for its " + language
                            + " message (it has " + f.parameters().keySet() + "), reading " + describe(name, bytes));
                }
            }
        }
    }

    private static String describe(String name, byte[] bytes) {
        int shown = Math.min(bytes.length, 64);
        return name + " (" + bytes.length + " bytes, starting " + HexFormat.of().formatHex(bytes, 0, shown)
                + (shown < bytes.length ? "…" : "") + ")";
    }

    /** Keeps the findings a reader reports, each with its type's default severity. */
    private static final class Collecting implements AdapterContext {
        private final Map<String, String> options;
        final List<Finding> findings = new ArrayList<>();
        private int handed;

        Collecting(Map<String, String> options) {
            this.options = Map.copyOf(options);
        }

        @Override
        public ReadLimits limits() {
            return LIMITS;
        }

        @Override
        public Map<String, String> options() {
            return options;
        }

        @Override
        public void report(FindingType type, Location at, Map<String, String> parameters) {
            findings.add(new Finding(type, type.defaultSeverity(), parameters, at));
        }

        @Override
        public void lost(JisrRecord record, String pointer) {
            // Readers do not lose values; only writers report losses.
        }

        /** Hands on what was reported since the last call. */
        void drainTo(Consumer<Finding> to) {
            while (handed < findings.size()) {
                to.accept(findings.get(handed++));
            }
        }
    }

    /** A reader as the validator sees it: records, each after what was reported reading it. */
    private static final class ReaderSource implements RecordSource {
        private final String name;
        private final byte[] bytes;
        private final RecordReader reader;
        private final Collecting context;
        private long records;

        ReaderSource(String name, byte[] bytes, RecordReader reader, Collecting context) {
            this.name = name;
            this.bytes = bytes;
            this.reader = reader;
            this.context = context;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Optional<JisrRecord> next(Consumer<Finding> findings) {
            Optional<JisrRecord> next = reader.next();
            if (next.isPresent()) {
                checkEnds(++records, name, bytes);
            }
            context.drainTo(findings);
            return next;
        }

        @Override
        public DocumentMetadata metadata() {
            return reader.metadata();
        }

        @Override
        public Location locate(String pointerInRecord) {
            return reader.locate(pointerInRecord);
        }
    }
}
