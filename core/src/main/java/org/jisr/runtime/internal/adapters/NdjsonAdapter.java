package org.jisr.runtime.internal.adapters;

import org.jisr.core.JisrVersion;
import org.jisr.json.JisrJson;
import org.jisr.model.RecordType;
import org.jisr.spi.Adapter;
import org.jisr.spi.AdapterContext;
import org.jisr.spi.AdapterDescriptor;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.AdapterOutput;
import org.jisr.spi.Detection;
import org.jisr.spi.RecordReader;
import org.jisr.spi.RecordWriter;
import org.jisr.spi.support.Detections;

/**
 * The built-in adapter of Jisr's record stream ({@code .ndjson}, {@code .jsonl}): one record per
 * line after an optional {@code Header} line, read and written line by line, in the canonical
 * form of {@code JisrJson.writeStream}. It carries everything: no limitation. Stateless and
 * thread-safe.
 */
public final class NdjsonAdapter implements Adapter {

    /** The adapter's id. */
    public static final String ID = "ndjson";

    private static final AdapterDescriptor DESCRIPTOR = AdapterDescriptor.builder(ID, "Jisr record stream (NDJSON)")
            .version(JisrVersion.library())
            .mediaTypes("application/vnd.jisr+x-ndjson", "application/x-ndjson")
            .extensions("ndjson", "jsonl")
            .build();

    private static final JisrJson JSON = JisrJson.create();

    /** Creates the adapter; {@code ServiceLoader} calls this. */
    public NdjsonAdapter() {
    }

    @Override
    public AdapterDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /**
     * Recognises a stream by its first line: one whole JSON object with a {@code type} that is
     * {@code Header} or a record type. The extension {@code .ndjson} or {@code .jsonl} adds
     * confidence; with it, an empty input is an empty stream.
     */
    @Override
    public Detection detect(AdapterInput input) {
        boolean extension = Detections.hasExtension(input, DESCRIPTOR);
        Sniff sniff = Sniff.of(input);
        if (sniff.empty()) {
            return extension ? Detection.of(0.5, "extension .ndjson and no content: an empty stream") : Detection.NO;
        }
        if (!sniff.object()) {
            return Detection.NO;
        }
        String type = sniff.type();
        boolean known = type != null && (type.equals("Header") || RecordType.fromJsonName(type).isPresent());
        if (sniff.closed() && sniff.closedLine() > 1) {
            // One object over several lines: a pretty-printed document or record, not a stream.
            return extension ? Detection.of(0.1, "extension .ndjson, but the first object spans several lines")
                    : Detection.NO;
        }
        if (known) {
            String what = "a first line with \"type\": \"" + type + "\"";
            if (sniff.closed()) {
                return extension ? Detection.of(0.95, "extension .ndjson and " + what) : Detection.of(0.85, what);
            }
            // The first line is longer than the bytes looked at.
            return extension ? Detection.of(0.9, "extension .ndjson and " + what) : Detection.of(0.75, what);
        }
        if (type != null) {
            return extension ? Detection.of(0.4, "extension .ndjson, an unknown type \"" + type + "\"")
                    : Detection.of(0.1, "a JSON object with an unknown type");
        }
        if (sniff.names().contains("jisr") || sniff.names().contains("records")) {
            return extension ? Detection.of(0.1, "extension .ndjson, but a document's first member") : Detection.NO;
        }
        return extension ? Detection.of(0.4, "extension .ndjson and a JSON object")
                : Detection.of(0.05, "a JSON object");
    }

    @Override
    public RecordReader openReader(AdapterInput input, AdapterContext context) {
        return new NdjsonReader(input, context);
    }

    @Override
    public RecordWriter openWriter(AdapterOutput output, AdapterContext context) {
        return new NdjsonWriter(output, JSON);
    }
}
