package org.jisr.adapter.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jisr.json.JisrJson;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.ExchangeDocument;
import org.jisr.model.JisrRecord;
import org.jisr.spi.Adapter;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.AdapterOutput;
import org.jisr.spi.RecordReader;
import org.jisr.spi.RecordWriter;
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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AdapterOutput out = new AdapterOutput() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<Path> path() {
                return Optional.empty();
            }

            @Override
            public java.io.OutputStream openStream() {
                return bytes;
            }
        };
        RecordWriter w = adapter.openWriter(out, context);
        w.begin(doc.metadata());
        doc.records().forEach(w::write);
        w.close();
        return bytes.toByteArray();
    }

    /** The records and metadata an adapter reads from an input. */
    static ExchangeDocument read(Adapter adapter, AdapterInput input, RecordingContext context) {
        List<JisrRecord> records = new ArrayList<>();
        DocumentMetadata metadata;
        try (RecordReader r = adapter.openReader(input, context)) {
            Optional<JisrRecord> next;
            while ((next = r.next()).isPresent()) {
                records.add(next.get());
            }
            metadata = r.metadata();
        }
        return new ExchangeDocument(metadata, records);
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
