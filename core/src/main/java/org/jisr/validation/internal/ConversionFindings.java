package org.jisr.validation.internal;

import static org.jisr.validation.Layer.ADAPTER;
import static org.jisr.validation.Severity.ERROR;
import static org.jisr.validation.Severity.WARNING;

import java.util.List;
import org.jisr.validation.FindingType;

/**
 * The findings of a conversion itself, beside those its adapters report. Codes are frozen once
 * released.
 */
public final class ConversionFindings {

    /**
     * A value of a record that the target format cannot carry: the target adapter said so, or
     * one of its declared limitations covers the value. A warning; an error in a strict
     * conversion, which then writes no output. {@code record}: the record's id; {@code pointer}:
     * the JSON Pointer of the value in the record.
     */
    public static final FindingType VALUE_LOST = FindingType.jisr("adapter.value-lost", ADAPTER, WARNING, "record",
            "pointer");
    /**
     * A whole record that the target format cannot carry (the target adapter does not carry its
     * type, or said it could not write it). A warning; an error in a strict conversion.
     * {@code record}: the record's id; {@code recordType}: its type.
     */
    public static final FindingType RECORD_LOST = FindingType.jisr("adapter.record-lost", ADAPTER, WARNING, "record",
            "recordType");
    /**
     * A member of the document's metadata that the input adapter gave only after the output had
     * begun, too late to be written. A warning; an error in a strict conversion. {@code pointer}:
     * the JSON Pointer of the member in the metadata.
     */
    public static final FindingType METADATA_LOST = FindingType.jisr("adapter.metadata-lost", ADAPTER, WARNING,
            "pointer");
    /**
     * The output file could not be created, written or moved into place; nothing was written
     * and an existing file was left as it was. {@code output}: the target; {@code reason}: the
     * system's explanation.
     */
    public static final FindingType OUTPUT_FAILED = FindingType.jisr("adapter.output-failed", ADAPTER, ERROR, "output",
            "reason");

    /** The conversion's own finding types, whose messages are in the adapter bundle. */
    public static final List<FindingType> ALL = List.of(VALUE_LOST, RECORD_LOST, METADATA_LOST, OUTPUT_FAILED);

    private ConversionFindings() {
    }
}
