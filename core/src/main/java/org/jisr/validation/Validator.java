package org.jisr.validation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jisr.core.ProgressListener;
import org.jisr.core.internal.ProgressMeter;
import org.jisr.validation.internal.Engine;
import org.jisr.validation.internal.syntax.SyntaxFindings;
import org.jspecify.annotations.Nullable;

/**
 * Validates exchange documents and record streams in four layers — syntax, schema, model,
 * rules — and returns a {@link ValidationReport} of every problem, located by file, JSON Pointer,
 * line and column. Validation never throws on bad input: even a file that cannot be read gives
 * a finding.
 *
 * <p>Build one validator and reuse it: the schemas are compiled and the rules found once, at
 * {@link Builder#build()}. A validator is immutable and thread-safe; validations may run on
 * several threads at once.
 *
 * <pre>{@code
 * Validator validator = Validator.builder().build();
 * ValidationReport report = validator.validate(Path.of("partner-export.json"));
 * if (!report.isValid()) {
 *     FindingMessages fr = FindingMessages.of("fr");
 *     report.findings().forEach(f -> System.out.println(f.location() + " " + fr.render(f)));
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class Validator {

    private final Engine engine;
    private final int samplesPerCode;
    private final ReadLimits limits;

    private Validator(Builder b) {
        this.samplesPerCode = b.samplesPerCode;
        this.limits = b.limits;
        this.engine = new Engine(b.profile, b.limits, b.rules, b.discoverRules, b.classLoader, b.parallelism, true);
    }

    /**
     * Starts a validator with the defaults: every rule found on the class path, default
     * severities, {@link ReadLimits#DEFAULTS}, {@value ValidationReport#DEFAULT_SAMPLES_PER_CODE}
     * findings kept per code.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Validates a file; its form is told by its name ({@code .ndjson}, {@code .jsonl}: stream).
     *
     * @param file the file
     * @return the report; a file that cannot be read gives a {@code syntax.unreadable-input} error
     */
    public ValidationReport validate(Path file) {
        return validate(file, ExchangeForm.fromFileName(file.toString()), ProgressListener.NONE);
    }

    /**
     * Validates a file of a known form, telling a listener how far it has got — for a progress
     * bar on a large file. The listener is called as {@link ProgressListener} says, from this
     * thread; the total is the file's size.
     *
     * @param file     the file
     * @param form     document or stream, whatever its name says
     * @param progress told of the records and bytes read; {@link ProgressListener#NONE} for nothing
     * @return the report; a file that cannot be read gives a {@code syntax.unreadable-input} error
     * @since 0.1
     */
    public ValidationReport validate(Path file, ExchangeForm form, ProgressListener progress) {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(progress, "progress");
        String name = file.toString();
        ProgressMeter meter = new ProgressMeter(name, ProgressMeter.sizeOf(file), progress);
        try (InputStream in = Files.newInputStream(file)) {
            ValidationReport.Builder report = ValidationReport.builder(samplesPerCode).file(name);
            engine.validate(in, name, form, report, null, meter);
            return report.build();
        } catch (IOException e) {
            meter.done();
            ValidationReport.Builder report = ValidationReport.builder(samplesPerCode).file(name);
            report.add(new Finding(SyntaxFindings.UNREADABLE_INPUT, Severity.ERROR,
                    java.util.Map.of("reason", e.getClass().getSimpleName() + ": " + Objects.toString(e.getMessage(), "")),
                    Location.of(name, "", 0, 0)));
            return report.build();
        }
    }

    /**
     * Validates records that do not come from an exchange file — those an adapter reads from a
     * spreadsheet, or an application's own — with the schema, model and rule layers. Each record
     * is checked in its canonical JSON form against the record schema, then as a model object,
     * then by the rules across records; findings are located where the source says the values
     * are. What the source met while reading (its own findings) goes into the report too, in
     * reading order, with the severity the {@link RuleProfile} gives its code. There is no syntax
     * layer: reading the bytes is the source's business.
     *
     * <pre>{@code
     * ValidationReport report = jisr.validate(Path.of("partenaires.csv"), "csv-fr", ProgressListener.NONE);
     * }</pre>
     *
     * @param records the records; pulled to the end. What the source throws reaches the caller.
     * @return the report, under the source's name
     * @since 0.1
     */
    public ValidationReport validate(RecordSource records) {
        Objects.requireNonNull(records, "records");
        ValidationReport.Builder report = ValidationReport.builder(samplesPerCode).file(records.name());
        engine.validate(records, report);
        return report.build();
    }

    /**
     * Validates bytes; their form is told by the file name.
     *
     * @param in       the bytes; read to the end, not closed
     * @param fileName the name to report findings under
     * @return the report
     */
    public ValidationReport validate(InputStream in, String fileName) {
        return validate(in, fileName, ExchangeForm.fromFileName(fileName));
    }

    /**
     * Validates bytes of a known form.
     *
     * @param in       the bytes; read to the end, not closed
     * @param fileName the name to report findings under
     * @param form     document or stream
     * @return the report
     */
    public ValidationReport validate(InputStream in, String fileName, ExchangeForm form) {
        return validate(in, fileName, form, null);
    }

    /**
     * Validates bytes of a known form, handing each finding to a listener as soon as it is found
     * (in input order), in addition to the report. Use it to show progress or to stop reading
     * findings early; the report still counts them all.
     *
     * @param in       the bytes; read to the end, not closed
     * @param fileName the name to report findings under
     * @param form     document or stream
     * @param listener receives every finding, after the profile is applied; may be {@code null}
     * @return the report
     */
    public ValidationReport validate(InputStream in, String fileName, ExchangeForm form,
            @Nullable Consumer<Finding> listener) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(form, "form");
        ValidationReport.Builder report = ValidationReport.builder(samplesPerCode).file(fileName);
        engine.validate(in, fileName, form, report, listener);
        return report.build();
    }

    /**
     * Validates a text.
     *
     * @param content  the JSON or NDJSON text
     * @param fileName the name to report findings under; its ending tells the form
     * @return the report
     */
    public ValidationReport validateText(String content, String fileName) {
        return validate(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), fileName);
    }

    /**
     * Returns the read limits this validator applies (and asks adapters to apply, when it
     * validates what they read).
     *
     * @return the limits
     * @since 0.1
     */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Returns the rules this validator runs, in the order it runs them.
     *
     * @return the enabled rules
     */
    public List<Rule> rules() {
        return engine.rules();
    }

    /** Configures a {@link Validator}; not thread-safe. */
    public static final class Builder {
        private RuleProfile profile = RuleProfile.DEFAULTS;
        private ReadLimits limits = ReadLimits.DEFAULTS;
        private final List<Rule> rules = new ArrayList<>();
        private boolean discoverRules = true;
        private @Nullable ClassLoader classLoader;
        private int samplesPerCode = ValidationReport.DEFAULT_SAMPLES_PER_CODE;
        private int parallelism = 1;

        private Builder() {
        }

        /**
         * Sets the profile: which rules run, and each code's severity.
         *
         * @param value the profile
         * @return this builder
         */
        public Builder profile(RuleProfile value) {
            this.profile = Objects.requireNonNull(value);
            return this;
        }

        /**
         * Sets the read limits.
         *
         * @param value the limits
         * @return this builder
         */
        public Builder limits(ReadLimits value) {
            this.limits = Objects.requireNonNull(value);
            return this;
        }

        /**
         * Adds a rule besides those found with {@code ServiceLoader}.
         *
         * @param rule the rule
         * @return this builder
         */
        public Builder addRule(Rule rule) {
            rules.add(Objects.requireNonNull(rule));
            return this;
        }

        /**
         * Whether to find rules with {@code ServiceLoader} (default {@code true}). Jisr's own
         * rules are always there.
         *
         * @param value {@code false} to run only Jisr's rules and those added
         * @return this builder
         */
        public Builder discoverRules(boolean value) {
            this.discoverRules = value;
            return this;
        }

        /**
         * Sets the class loader rules are found with (default: the thread's context class loader).
         *
         * @param value the class loader
         * @return this builder
         */
        public Builder classLoader(ClassLoader value) {
            this.classLoader = Objects.requireNonNull(value);
            return this;
        }

        /**
         * Sets how many findings of one code a report keeps (the counts stay exact).
         *
         * @param value at least 1
         * @return this builder
         */
        public Builder samplesPerCode(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("samplesPerCode must be at least 1");
            }
            this.samplesPerCode = value;
            return this;
        }

        /**
         * Sets how many threads validate the records of a record stream (NDJSON), the calling
         * thread included. With more than one, each validation starts {@code threads - 1} worker
         * threads (daemons, ended when it returns) that decode, parse, check against the schema,
         * bind and check the model constraints of batches of lines; the calling thread does the
         * same with the batches no worker has started when it needs them, and reports the findings
         * and runs the rules (which compare records with each other) in input order: the report —
         * findings, their order, locations and counts — is the one a single thread gives.
         * Listeners and progress are called from the calling thread. Documents (a {@code records}
         * array) and record sources are validated on the calling thread whatever this says. The
         * number of cores is a good value for a large stream.
         *
         * @param threads threads, at least 1; default 1: everything on the calling thread
         * @return this builder
         * @throws IllegalArgumentException if {@code threads} is less than 1
         * @since 0.1
         */
        public Builder parallelism(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("parallelism must be at least 1: " + threads);
            }
            this.parallelism = threads;
            return this;
        }

        /**
         * Builds the validator: compiles the schemas and finds the rules.
         *
         * @return the validator
         */
        public Validator build() {
            return new Validator(this);
        }
    }
}
