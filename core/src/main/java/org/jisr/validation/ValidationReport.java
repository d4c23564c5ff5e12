package org.jisr.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jisr.core.JisrVersion;

/**
 * The result of a validation: counts of every finding by severity and by code, the number of
 * records read, the files, the versions that made the report, and the findings themselves — all
 * of them, or, for codes that occur very often, the first {@link #samplesPerCode()} of each, so
 * that memory stays bounded whatever the file. The counts are always exact.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ValidationReport {

    /**
     * How many findings of one code a report keeps by default: {@value}.
     *
     * <p><b>Memory stays bounded.</b> A report counts every finding — by severity and by code,
     * exactly — but keeps only the first {@code samplesPerCode} findings of each code, in input
     * order. A file with an error on each of its million records therefore gives a report of at
     * most {@code samplesPerCode} findings per distinct code, with exact counts; every rendering
     * ({@link ReportFormat}: text, JSON, SARIF, HTML) says how many findings of which codes were
     * left out.
     * Validation itself reads one record at a time, so the file is not held in memory either.
     * Change the cap with {@link Validator.Builder#samplesPerCode(int)}; to see every
     * finding as it is found, pass a listener to
     * {@link Validator#validate(java.io.InputStream, String, ExchangeForm, java.util.function.Consumer)}.
     */
    public static final int DEFAULT_SAMPLES_PER_CODE = 100;

    private final List<String> files;
    private final List<Finding> findings;
    private final Map<Severity, Long> bySeverity;
    private final Map<String, Long> byCode;
    private final long records;
    private final int samplesPerCode;

    private ValidationReport(Builder b) {
        this.files = List.copyOf(b.files);
        this.findings = List.copyOf(b.findings);
        this.bySeverity = Collections.unmodifiableMap(new EnumMap<>(b.bySeverity));
        this.byCode = Collections.unmodifiableMap(new TreeMap<>(b.byCode));
        this.records = b.records;
        this.samplesPerCode = b.samplesPerCode;
    }

    /**
     * Starts a report that keeps at most {@code samplesPerCode} findings of each code.
     *
     * @param samplesPerCode the cap, at least 1
     * @return a builder
     */
    public static Builder builder(int samplesPerCode) {
        return new Builder(samplesPerCode);
    }

    /**
     * Returns the names of the files validated, in order.
     *
     * @return the file names
     */
    public List<String> files() {
        return files;
    }

    /**
     * Returns the findings kept, in the order they were found: all of them unless a code occurred
     * more than {@link #samplesPerCode()} times.
     *
     * @return the findings
     */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * Returns how many findings of a severity there were.
     *
     * @param severity the severity
     * @return the exact count
     */
    public long count(Severity severity) {
        return bySeverity.getOrDefault(severity, 0L);
    }

    /**
     * Returns the number of errors.
     *
     * @return the exact count
     */
    public long errors() {
        return count(Severity.ERROR);
    }

    /**
     * Returns the number of warnings.
     *
     * @return the exact count
     */
    public long warnings() {
        return count(Severity.WARNING);
    }

    /**
     * Returns the number of infos.
     *
     * @return the exact count
     */
    public long infos() {
        return count(Severity.INFO);
    }

    /**
     * Returns how many findings there were of each code, sorted by code.
     *
     * @return the exact counts
     */
    public Map<String, Long> countsByCode() {
        return byCode;
    }

    /**
     * Returns the number of records read (those that could be told apart, valid or not).
     *
     * @return the count
     */
    public long records() {
        return records;
    }

    /**
     * Returns the most findings of one code this report keeps.
     *
     * @return the cap
     */
    public int samplesPerCode() {
        return samplesPerCode;
    }

    /**
     * Tells whether some findings were left out because their code occurred too often.
     *
     * @return {@code true} when {@link #findings()} is a sample
     */
    public boolean isSampled() {
        return byCode.values().stream().anyMatch(n -> n > samplesPerCode);
    }

    /**
     * Tells whether the files are valid: no finding of severity error.
     *
     * @return {@code true} when there is no error
     */
    public boolean isValid() {
        return errors() == 0;
    }

    /**
     * Returns the version of Jisr that made the report.
     *
     * @return the library version
     */
    public String jisrVersion() {
        return JisrVersion.library();
    }

    /**
     * Returns the version of the exchange format and its schema the files were checked against.
     *
     * @return {@value JisrVersion#FORMAT}
     */
    public String schemaVersion() {
        return JisrVersion.FORMAT;
    }

    /**
     * Returns the version of the codelists the files were checked against.
     *
     * @return {@value JisrVersion#CODELISTS}
     */
    public String codelistsVersion() {
        return JisrVersion.CODELISTS;
    }

    /** Accumulates a report; not thread-safe. */
    public static final class Builder {
        private final List<String> files = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();
        private final Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        private final Map<String, Long> byCode = new HashMap<>();
        private final int samplesPerCode;
        private long records;

        private Builder(int samplesPerCode) {
            if (samplesPerCode < 1) {
                throw new IllegalArgumentException("samplesPerCode must be at least 1");
            }
            this.samplesPerCode = samplesPerCode;
        }

        /**
         * Adds a file name.
         *
         * @param file the name
         * @return this builder
         */
        public Builder file(String file) {
            files.add(file);
            return this;
        }

        /**
         * Counts a finding, and keeps it unless its code already has {@code samplesPerCode}.
         *
         * @param finding the finding
         * @return this builder
         */
        public Builder add(Finding finding) {
            bySeverity.merge(finding.severity(), 1L, Long::sum);
            long n = byCode.merge(finding.code(), 1L, Long::sum);
            if (n <= samplesPerCode) {
                findings.add(finding);
            }
            return this;
        }

        /**
         * Counts records read.
         *
         * @param count how many more records
         * @return this builder
         */
        public Builder records(long count) {
            records += count;
            return this;
        }

        /**
         * Adds everything of another report: files, counts, records, and its kept findings (within
         * this builder's cap).
         *
         * @param other the report
         * @return this builder
         */
        public Builder addAll(ValidationReport other) {
            files.addAll(other.files);
            other.bySeverity.forEach((s, n) -> bySeverity.merge(s, n, Long::sum));
            for (Finding f : other.findings) {
                long kept = findings.stream().filter(x -> x.code().equals(f.code())).count();
                if (kept < samplesPerCode) {
                    findings.add(f);
                }
            }
            other.byCode.forEach((c, n) -> byCode.merge(c, n, Long::sum));
            records += other.records;
            return this;
        }

        /**
         * Builds the report.
         *
         * @return the report
         */
        public ValidationReport build() {
            return new ValidationReport(this);
        }
    }
}
