package org.jisr.validation.internal;

import static org.jisr.validation.Layer.ADAPTER;
import static org.jisr.validation.Severity.ERROR;

import java.util.List;
import org.jisr.validation.FindingType;

/**
 * The findings of the canonical adapters ({@code json} and {@code ndjson}) while they read. They
 * check only what reading needs; the validator tells everything else, with the precise codes of
 * its layers. Codes are frozen once released.
 */
public final class JsonAdapterFindings {

    /**
     * The input could not be opened or read (a missing file, a permission, a failing disk); no
     * record after this point was read. {@code reason}: the system's explanation.
     */
    public static final FindingType UNREADABLE_INPUT = FindingType.jisr("adapter.unreadable-input", ADAPTER, ERROR,
            "reason");
    /**
     * The input cannot be read past this point: the JSON is malformed or ends in the middle of a
     * value, or it exceeds a read limit (nesting, length of a string or number). The records
     * before it were read; none after it. {@code reason}: what the parser found, in English.
     */
    public static final FindingType READ_STOPPED = FindingType.jisr("adapter.read-stopped", ADAPTER, ERROR, "reason");
    /**
     * A record (in a record stream, a line) is well-formed JSON but cannot be read into the model:
     * an unknown type or property, a missing required property, a value of the wrong kind. It is
     * skipped and reading goes on with the next one. {@code reason}: what is wrong, in English.
     */
    public static final FindingType RECORD_SKIPPED = FindingType.jisr("adapter.record-skipped", ADAPTER, ERROR,
            "reason");
    /**
     * The exchange document itself, or the header of a record stream, is not as the format says:
     * not an object, no or an unsupported {@code jisr} version, no {@code records}, an unknown or
     * invalid member. The offending member is ignored and the records are still read.
     * {@code reason}: what is wrong, in English.
     */
    public static final FindingType INVALID_DOCUMENT = FindingType.jisr("adapter.invalid-document", ADAPTER, ERROR,
            "reason");

    /** Every finding type of the canonical adapters. */
    public static final List<FindingType> ALL = List.of(UNREADABLE_INPUT, READ_STOPPED, RECORD_SKIPPED,
            INVALID_DOCUMENT);

    private JsonAdapterFindings() {
    }
}
