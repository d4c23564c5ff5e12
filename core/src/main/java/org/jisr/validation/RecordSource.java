package org.jisr.validation;

import java.util.Optional;
import java.util.function.Consumer;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.JisrRecord;

/**
 * Records that come from somewhere else than an exchange file — an adapter reading a spreadsheet,
 * an application's own database — for {@link Validator#validate(RecordSource)} to check with the
 * schema, model and rule layers. The {@code Jisr} runtime makes one of any adapter's reader
 * ({@code Jisr.validate}); implement it to validate records of your own.
 *
 * <p>Records are pulled one at a time, so memory does not grow with the input. A source reports
 * what it met while reading a record — a cell it could not read, a row it skipped — as findings
 * to the sink given to {@link #next}: they go into the report among the others, in reading order.
 * Not thread-safe: one source serves one validation.
 *
 * @since 0.1
 */
public interface RecordSource {

    /**
     * Returns the name findings are reported under (usually the file name as the user gave it).
     *
     * @return the name
     */
    String name();

    /**
     * Returns the next record.
     *
     * @param findings receives what the source met while reading it (and, at the end, while
     *                 finishing its input)
     * @return the record, or empty at the end
     */
    Optional<JisrRecord> next(Consumer<Finding> findings);

    /**
     * Returns what the input says about itself; asked after the first record, and again at the end.
     *
     * @return the metadata, {@link DocumentMetadata#EMPTY} when there is none
     */
    DocumentMetadata metadata();

    /**
     * Returns where a value of the record returned last is in the input, so that findings about
     * it point into the original (a line, a cell).
     *
     * @param pointerInRecord a JSON Pointer relative to the record ({@code ""} for the record)
     * @return the location; at least the record's own
     */
    Location locate(String pointerInRecord);
}
