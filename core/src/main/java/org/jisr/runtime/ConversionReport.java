package org.jisr.runtime;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jisr.model.RecordType;
import org.jisr.validation.ValidationReport;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Conversion} did: how many records it read and wrote, every finding about the
 * input and the output, and every value the target format could not carry, by record and JSON
 * Pointer — nothing is dropped silently. {@link #written()} tells whether the output file was
 * written; when it is {@code false}, the target was left as it was.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@NullMarked
public final class ConversionReport {

    /**
     * A value that the target format could not carry.
     *
     * @param recordId   the id of the record, {@code ""} for the document's metadata
     * @param recordType the type of the record, {@code null} for the document's metadata
     * @param pointer    the JSON Pointer of the value in the record (or in the metadata);
     *                   {@code ""} when the whole record could not be carried
     * @param adapterId  the id of the adapter that could not carry it
     * @since 0.1
     */
    public record Loss(String recordId, @Nullable RecordType recordType, String pointer, String adapterId) {

        /** Creates a loss. */
        public Loss {
            Objects.requireNonNull(recordId, "recordId");
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(adapterId, "adapterId");
        }
    }

    private final String from;
    private final String to;
    private final String input;
    private final Path output;
    private final boolean strict;
    private final long recordsRead;
    private final long recordsWritten;
    private final ValidationReport findings;
    private final List<Loss> losses;
    private final long lossCount;
    private final boolean written;

    ConversionReport(String from, String to, String input, Path output, boolean strict, long recordsRead,
            long recordsWritten, ValidationReport findings, List<Loss> losses, long lossCount, boolean written) {
        this.from = from;
        this.to = to;
        this.input = input;
        this.output = output;
        this.strict = strict;
        this.recordsRead = recordsRead;
        this.recordsWritten = recordsWritten;
        this.findings = findings;
        this.losses = List.copyOf(losses);
        this.lossCount = lossCount;
        this.written = written;
    }

    /**
     * Returns the id of the adapter that read the input.
     *
     * @return the adapter id
     */
    public String from() {
        return from;
    }

    /**
     * Returns the id of the adapter that wrote the output.
     *
     * @return the adapter id
     */
    public String to() {
        return to;
    }

    /**
     * Returns the name of the input, as findings give it.
     *
     * @return the name
     */
    public String input() {
        return input;
    }

    /**
     * Returns the target file.
     *
     * @return the path, as given
     */
    public Path output() {
        return output;
    }

    /**
     * Tells whether the conversion was strict: any loss an error.
     *
     * @return {@code true} when strict
     */
    public boolean strict() {
        return strict;
    }

    /**
     * Returns the number of records read from the input.
     *
     * @return the count
     */
    public long recordsRead() {
        return recordsRead;
    }

    /**
     * Returns the number of records the target adapter accepted. They are in the output only when
     * {@link #written()}.
     *
     * @return the count
     */
    public long recordsWritten() {
        return recordsWritten;
    }

    /**
     * Returns the findings: the input adapter's (a record it could not read), the output
     * adapter's, one for each loss (a warning, or an error when strict), and any failure of an
     * adapter or of the output file.
     *
     * @return the findings, with exact counts by severity and code
     */
    public ValidationReport findings() {
        return findings;
    }

    /**
     * Returns the values the target format could not carry, in the order they were found: all of
     * them, unless there were more than {@link ConversionOptions#maxLosses()}.
     *
     * @return the losses
     */
    public List<Loss> losses() {
        return losses;
    }

    /**
     * Returns the number of values the target format could not carry.
     *
     * @return the exact count
     */
    public long lossCount() {
        return lossCount;
    }

    /**
     * Tells whether the output file was written: no finding of severity error, and the target
     * adapter completed its output. When {@code false}, no file was written and an existing
     * target is untouched.
     *
     * @return {@code true} when the target holds the converted records
     */
    public boolean written() {
        return written;
    }

    @Override
    public String toString() {
        return "ConversionReport[" + from + " → " + to + ", " + input + " → " + output + ", read " + recordsRead
                + ", written " + recordsWritten + ", losses " + lossCount + ", errors " + findings.errors()
                + ", warnings " + findings.warnings() + (written ? ", written" : ", not written") + "]";
    }
}
