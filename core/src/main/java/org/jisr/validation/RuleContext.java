package org.jisr.validation;

import java.util.Map;
import java.util.function.Supplier;
import org.jisr.model.DocumentMetadata;

/**
 * What a {@link Rule} sees of the validation it takes part in. Not thread-safe: one context
 * serves one validation, on one thread.
 *
 * @since 0.1
 */
public interface RuleContext {

    /**
     * Returns the name of the file being validated.
     *
     * @return the file name
     */
    String file();

    /**
     * Returns the document's metadata (or the stream's header).
     *
     * @return the metadata, {@link DocumentMetadata#EMPTY} when there is none
     */
    DocumentMetadata metadata();

    /**
     * Returns where a value of the current record is: its absolute JSON Pointer, line and column.
     * Keep the location to report on the record after it has passed (in {@link Rule#onEnd}).
     *
     * @param pointerInRecord a JSON Pointer relative to the current record ({@code /parent},
     *                        {@code ""} for the record itself); an unknown pointer resolves to
     *                        its nearest known ancestor
     * @return the location
     * @throws IllegalStateException when called from {@link Rule#onEnd}
     */
    Location locate(String pointerInRecord);

    /**
     * Returns where a value of the document's metadata is: a member of the exchange document's
     * top-level object, or of a record stream's {@code Header} line. Unlike {@link #locate}, it
     * may be called at any time, also from {@link Rule#onEnd}.
     *
     * @param pointer a JSON Pointer relative to the document object ({@code /publisher});
     *                an unknown pointer resolves to its nearest known ancestor
     * @return the location; line 1, column 1 when the input has no metadata
     * @since 0.1
     */
    Location locateMetadata(String pointer);

    /**
     * Reports a finding.
     *
     * @param type       the kind of finding; its code must be one of the rule's
     *                   {@link Rule#findingTypes()}
     * @param at         where
     * @param parameters its parameters by name
     */
    void report(FindingType type, Location at, Map<String, String> parameters);

    /**
     * Reports a finding on a value of the current record.
     *
     * @param type            the kind of finding
     * @param pointerInRecord a JSON Pointer relative to the current record
     * @param parameters      its parameters by name
     */
    default void report(FindingType type, String pointerInRecord, Map<String, String> parameters) {
        report(type, locate(pointerInRecord), parameters);
    }

    /**
     * Returns this rule's state for this validation, creating it on first use.
     *
     * @param type    the class of the state, which also keys it
     * @param initial creates the state
     * @param <T>     the state type
     * @return the state
     */
    <T> T state(Class<T> type, Supplier<T> initial);
}
