package org.jisr.runtime.internal.adapters;

import org.jisr.core.JisrVersion;
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
 * The built-in adapter of Jisr's own exchange document ({@code .json}): it reads a document one
 * record at a time and writes the canonical bytes of {@code JisrJson}, record by record. It
 * carries everything: no limitation. Stateless and thread-safe.
 */
public final class JsonDocumentAdapter implements Adapter {

    /** The adapter's id. */
    public static final String ID = "json";

    private static final AdapterDescriptor DESCRIPTOR = AdapterDescriptor.builder(ID, "Jisr exchange document (JSON)")
            .version(JisrVersion.library())
            .mediaTypes("application/vnd.jisr+json", "application/json")
            .extensions("json")
            .build();

    /** Creates the adapter; {@code ServiceLoader} calls this. */
    public JsonDocumentAdapter() {
    }

    @Override
    public AdapterDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /**
     * Recognises a document by its first bytes: an object whose members include {@code jisr} or
     * {@code records} and not {@code type} (which records and headers have). The extension
     * {@code .json} adds confidence but is not enough alone.
     */
    @Override
    public Detection detect(AdapterInput input) {
        boolean extension = Detections.hasExtension(input, DESCRIPTOR);
        Sniff sniff = Sniff.of(input);
        if (sniff.empty() || !sniff.object()) {
            return Detection.NO;
        }
        boolean document = sniff.names().contains("jisr") || sniff.names().contains("records");
        if (sniff.names().contains("type")) {
            // A record or a stream's header: not a document, whatever the name says.
            return extension ? Detection.of(0.1, "extension .json, but an object with a \"type\", like a record")
                    : Detection.NO;
        }
        if (document) {
            return extension ? Detection.of(0.95, "extension .json and an object with \"jisr\" or \"records\"")
                    : Detection.of(0.85, "an object with \"jisr\" or \"records\"");
        }
        return extension ? Detection.of(0.4, "extension .json and a JSON object")
                : Detection.of(0.1, "a JSON object");
    }

    @Override
    public RecordReader openReader(AdapterInput input, AdapterContext context) {
        return new JsonDocumentReader(input, context);
    }

    @Override
    public RecordWriter openWriter(AdapterOutput output, AdapterContext context) {
        return new JsonDocumentWriter(output);
    }
}
