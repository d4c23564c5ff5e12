package org.jisr.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jisr.core.JisrException;
import org.jisr.core.JisrIOException;
import org.jisr.json.internal.CanonicalPrinting;
import org.jisr.json.internal.ModelReader;
import org.jisr.json.internal.ModelWriter;
import org.jisr.json.internal.ReadFailure;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.ExchangeDocument;
import org.jisr.model.JisrRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Reads and writes Jisr exchange documents ({@code .json}) and record streams ({@code .ndjson})
 * in canonical form.
 *
 * <p>Writing is deterministic: the same model always gives the same bytes — UTF-8 without a byte
 * order mark; documents indented by two spaces with {@code \n} line ends and a final newline;
 * streams one record per line; properties in the order of {@code docs/data-model.md}; texts and
 * extension members sorted by key; dates as {@code yyyy-MM-dd}; amounts with their currency's
 * minor units; absent values and empty lists left out.
 *
 * <p>Reading is strict: it refuses duplicate member names (I-JSON, RFC 7493), unpaired
 * surrogates, unknown properties (data the model does not know belongs in {@code extensions}),
 * {@code null}s, and content after the document, with an {@link InvalidJsonException} that says
 * where. It checks structure only: use the validator to check meaning.
 *
 * <p>An instance is immutable and thread-safe; create it once and share it.
 *
 * @since 0.1
 */
public final class JisrJson {

    private final JsonFactory factory;

    private JisrJson() {
        this.factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // The caller's stream stays open (readDocument says "not closed").
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
    }

    /**
     * Creates a codec.
     *
     * @return a new codec
     */
    public static JisrJson create() {
        return new JisrJson();
    }

    // ---- documents

    /**
     * Reads an exchange document.
     *
     * @param in the UTF-8 bytes; not closed
     * @return the document
     * @throws InvalidJsonException when the input is not a well-formed exchange document
     * @throws JisrIOException      when reading fails
     */
    public ExchangeDocument readDocument(InputStream in) {
        Objects.requireNonNull(in, "in");
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), in)) {
            return new ModelReader(parser, 0).readDocument();
        } catch (ReadFailure e) {
            throw invalid(e);
        } catch (JacksonIOException e) {
            throw new JisrIOException("could not read the document", e.getCause());
        }
    }

    /**
     * Reads an exchange document from a file.
     *
     * @param file the file
     * @return the document
     * @throws InvalidJsonException when the file is not a well-formed exchange document
     * @throws JisrIOException      when the file cannot be read
     */
    public ExchangeDocument readDocument(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return readDocument(in);
        } catch (IOException e) {
            throw new JisrIOException("could not read " + file, e);
        }
    }

    /**
     * Reads an exchange document from a string.
     *
     * @param json the JSON text
     * @return the document
     * @throws InvalidJsonException when the text is not a well-formed exchange document
     */
    public ExchangeDocument readDocument(String json) {
        return readDocument(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Writes a document in canonical form.
     *
     * @param doc the document
     * @param out where to write; flushed, not closed
     * @throws JisrIOException when writing fails
     */
    public void writeDocument(ExchangeDocument doc, OutputStream out) {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator g = factory.createGenerator(CanonicalPrinting.documentContext(), nonClosing(out), JsonEncoding.UTF8)) {
            new ModelWriter(g).document(doc);
            g.writeRaw('\n');
        } catch (JacksonException e) {
            throw translateWrite(e);
        }
        flush(out);
    }

    /**
     * Writes a document to a file in canonical form, replacing the file.
     *
     * @param doc  the document
     * @param file the file
     * @throws JisrIOException when writing fails
     */
    public void writeDocument(ExchangeDocument doc, Path file) {
        byte[] bytes = toBytes(doc);
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new JisrIOException("could not write " + file, e);
        }
    }

    /**
     * Returns the canonical bytes of a document.
     *
     * @param doc the document
     * @return UTF-8 bytes, ending with a newline
     */
    public byte[] toBytes(ExchangeDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeDocument(doc, out);
        return out.toByteArray();
    }

    /**
     * Returns the canonical text of a document.
     *
     * @param doc the document
     * @return the JSON text, ending with a newline
     */
    public String toJson(ExchangeDocument doc) {
        return new String(toBytes(doc), StandardCharsets.UTF_8);
    }

    // ---- single records

    /**
     * Writes one record as a single line of JSON, as in a record stream (without the newline).
     *
     * @param record the record
     * @return the JSON text
     */
    public String toJsonLine(JisrRecord record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = factory.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
            new ModelWriter(g).record(record);
        } catch (JacksonException e) {
            throw translateWrite(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Reads one record from a JSON text.
     *
     * @param json a JSON object with a {@code type}
     * @return the record
     * @throws InvalidJsonException when the text is not a well-formed record
     */
    public JisrRecord readRecord(String json) {
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), json)) {
            ModelReader.Item item = new ModelReader(parser, 0).readLine(false);
            return ((ModelReader.RecordItem) item).value();
        } catch (ReadFailure e) {
            throw invalid(e);
        }
    }

    // ---- record streams

    /**
     * Opens a record stream for reading, record by record: memory does not grow with the stream.
     *
     * @param in the UTF-8 bytes; closed when the returned reader is closed
     * @return a reader; close it when done
     */
    public RecordStreamReader openStream(InputStream in) {
        return new RecordStreamReader(factory, in);
    }

    /**
     * Reads a whole record stream into a document (the header, if any, becomes its metadata).
     *
     * @param in the UTF-8 bytes; not closed
     * @return the document
     * @throws InvalidJsonException when a line is not a well-formed record
     */
    public ExchangeDocument readStream(InputStream in) {
        RecordStreamReader reader = new RecordStreamReader(factory, in);
        List<JisrRecord> records = new ArrayList<>();
        while (reader.hasNext()) {
            records.add(reader.next());
        }
        return new ExchangeDocument(reader.header().orElse(DocumentMetadata.EMPTY), records);
    }

    /**
     * Opens a record stream for writing.
     *
     * @param out    where to write; closed when the returned writer is closed
     * @param header the metadata to write as the first line; nothing is written for
     *               {@link DocumentMetadata#EMPTY}
     * @return a writer; close it when done
     */
    public RecordStreamWriter openStreamWriter(OutputStream out, DocumentMetadata header) {
        return new RecordStreamWriter(this, out, header);
    }

    /**
     * Writes a document as a record stream: a header line (when it has metadata), then one line
     * per record.
     *
     * @param doc the document
     * @param out where to write; flushed, not closed
     */
    public void writeStream(ExchangeDocument doc, OutputStream out) {
        try (RecordStreamWriter w = openStreamWriter(nonClosing(out), doc.metadata())) {
            for (JisrRecord r : doc.records()) {
                w.write(r);
            }
        }
        flush(out);
    }

    /**
     * Returns a document as the text of a record stream.
     *
     * @param doc the document
     * @return the NDJSON text, each line ending with a newline
     */
    public String toNdjson(ExchangeDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeStream(doc, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    String headerLine(DocumentMetadata metadata) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = factory.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
            new ModelWriter(g).header(metadata);
        } catch (JacksonException e) {
            throw translateWrite(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static InvalidJsonException invalid(ReadFailure failure) {
        return new InvalidJsonException(failure.reason(), failure.pointer(), failure.line(), failure.column());
    }

    private static JisrException translateWrite(JacksonException e) {
        if (e.getCause() instanceof IOException io) {
            return new JisrIOException("could not write", io);
        }
        return new JisrException("could not write the model as JSON: " + e.getOriginalMessage(), e);
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new JisrIOException("could not flush the output", e);
        }
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }
}
