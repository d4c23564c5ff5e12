package org.jisr.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jisr.core.JisrIOException;
import org.jisr.json.internal.ModelReader;
import org.jisr.json.internal.ReadFailure;
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
    private final InputStream in;
    private final @Nullable DocumentMetadata header;
    // Lines are split as bytes and decoded one by one, so that bad UTF-8 is reported on its own
    // line (a decoding reader fails for a whole buffer at once, lines ahead of the one in hand).
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;
    private final ByteArrayOutputStream lineBytes = new ByteArrayOutputStream();
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private int lineNumber;
    private @Nullable JisrRecord pending;
    private boolean finished;

    RecordStreamReader(JsonFactory factory, InputStream in) {
        this.factory = factory;
        this.in = in;
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
            byte[] line = readLineBytes();
            if (line == null) {
                return null;
            }
            lineNumber++;
            if (line.length == 0) {
                if (readLineBytes() == null) {
                    return null;
                }
                throw new InvalidJsonException("empty line in a record stream", "", lineNumber, 1);
            }
            return decode(line);
        } catch (IOException e) {
            throw new JisrIOException("could not read the record stream", e);
        }
    }

    /** The bytes of the next line, without its {@code \n} (or {@code \r\n}); null at the end. */
    private byte @Nullable [] readLineBytes() throws IOException {
        lineBytes.reset();
        while (true) {
            if (position == limit) {
                int n = in.read(buffer, 0, buffer.length);
                if (n < 0) {
                    return lineBytes.size() == 0 ? null : lineBytes.toByteArray();
                }
                position = 0;
                limit = n;
            }
            for (int i = position; i < limit; i++) {
                if (buffer[i] == '\n') {
                    lineBytes.write(buffer, position, i - position);
                    position = i + 1;
                    byte[] line = lineBytes.toByteArray();
                    if (line.length > 0 && line[line.length - 1] == '\r') {
                        return Arrays.copyOf(line, line.length - 1);
                    }
                    return line;
                }
            }
            lineBytes.write(buffer, position, limit - position);
            position = limit;
        }
    }

    private String decode(byte[] line) {
        CharBuffer chars = CharBuffer.allocate(line.length);
        decoder.reset();
        CoderResult result = decoder.decode(ByteBuffer.wrap(line), chars, true);
        if (!result.isError()) {
            result = decoder.flush(chars);
        }
        if (result.isError()) {
            throw new InvalidJsonException("the stream is not valid UTF-8", "", lineNumber, chars.position() + 1);
        }
        return chars.flip().toString();
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
            in.close();
        } catch (IOException e) {
            throw new JisrIOException("could not close the record stream", e);
        }
    }
}
