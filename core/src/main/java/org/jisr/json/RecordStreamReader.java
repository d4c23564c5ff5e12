package org.jisr.json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jisr.core.JisrIOException;
import org.jisr.internal.json.ModelReader;
import org.jisr.internal.json.ReadFailure;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.JisrRecord;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a record stream ({@code .ndjson}) one record at a time. The first line may be a
 * {@code Header}; every other line is one record. A final newline is optional; an empty line
 * elsewhere is an error. Line numbers in errors are those of the stream.
 *
 * <p>Not thread-safe: one reader is used by one thread. Close it to close the input.
 *
 * @since 0.1
 */
public final class RecordStreamReader implements Iterator<JisrRecord>, AutoCloseable {

    private final JsonFactory factory;
    private final BufferedReader lines;
    private final @Nullable DocumentMetadata header;
    private int lineNumber;
    private @Nullable JisrRecord pending;
    private boolean finished;

    RecordStreamReader(JsonFactory factory, InputStream in) {
        this.factory = factory;
        this.lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
        DocumentMetadata first = null;
        String line = nextLine();
        if (line != null) {
            ModelReader.Item item = parse(line, true);
            if (item instanceof ModelReader.HeaderItem h) {
                first = h.metadata();
            } else {
                pending = ((ModelReader.RecordItem) item).value();
            }
        } else {
            finished = true;
        }
        this.header = first;
    }

    /**
     * Returns the metadata of the stream's header line.
     *
     * @return the metadata, or empty when the stream has no header
     */
    public Optional<DocumentMetadata> header() {
        return Optional.ofNullable(header);
    }

    /**
     * Returns the number of the last line read (1-based).
     *
     * @return the line number, 0 before the first line
     */
    public int lineNumber() {
        return lineNumber;
    }

    /**
     * Tells whether another record follows.
     *
     * @throws InvalidJsonException when the next line is not a well-formed record
     */
    @Override
    public boolean hasNext() {
        if (pending == null && !finished) {
            String line = nextLine();
            if (line == null) {
                finished = true;
            } else {
                pending = ((ModelReader.RecordItem) parse(line, false)).value();
            }
        }
        return pending != null;
    }

    /**
     * Returns the next record.
     *
     * @throws NoSuchElementException when there is none
     * @throws InvalidJsonException   when the next line is not a well-formed record
     */
    @Override
    public JisrRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more records");
        }
        JisrRecord r = pending;
        pending = null;
        return r;
    }

    private @Nullable String nextLine() {
        try {
            String line = lines.readLine();
            if (line == null) {
                return null;
            }
            lineNumber++;
            if (line.isEmpty()) {
                if (lines.readLine() == null) {
                    return null;
                }
                throw new InvalidJsonException("empty line in a record stream", "", lineNumber, 1);
            }
            return line;
        } catch (CharacterCodingException e) {
            throw new InvalidJsonException("the stream is not valid UTF-8", "", lineNumber + 1, 1);
        } catch (IOException e) {
            throw new JisrIOException("could not read the record stream", e);
        }
    }

    private ModelReader.Item parse(String line, boolean allowHeader) {
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), line)) {
            return new ModelReader(parser, lineNumber - 1).readLine(allowHeader);
        } catch (ReadFailure e) {
            throw JisrJson.invalid(e);
        }
    }

    /** Closes the input. */
    @Override
    public void close() {
        try {
            lines.close();
        } catch (IOException e) {
            throw new JisrIOException("could not close the record stream", e);
        }
    }
}
