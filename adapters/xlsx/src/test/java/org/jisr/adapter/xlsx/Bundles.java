package org.jisr.adapter.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jisr.json.JisrJson;
import org.jisr.model.ExchangeDocument;
import org.jisr.spi.Adapter;
import org.jisr.spi.AdapterInput;
import org.jisr.testkit.tck.AdapterRuns;
import org.jisr.testkit.tck.RecordingContext;

/** Test helpers: the flagship example, and reading and writing through an adapter in memory. */
final class Bundles {

    private Bundles() {
    }

    static ExchangeDocument flagship() {
        return document("/flagship/workshop-2024-12-10.json");
    }

    static ExchangeDocument document(String resource) {
        try (InputStream in = Bundles.class.getResourceAsStream(resource)) {
            return JisrJson.create().readDocument(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] resource(String resource) {
        try (InputStream in = Bundles.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What an adapter writes for a document, to an output of that name. */
    static byte[] write(Adapter adapter, ExchangeDocument doc, String name, RecordingContext context) {
        return AdapterRuns.write(adapter, doc, name, context);
    }

    /** The records and metadata an adapter reads from an input. */
    static ExchangeDocument read(Adapter adapter, AdapterInput input, RecordingContext context) {
        return AdapterRuns.read(adapter, input, context);
    }

    static ExchangeDocument read(Adapter adapter, Path file, RecordingContext context) {
        return read(adapter, AdapterInput.of(file), context);
    }

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
