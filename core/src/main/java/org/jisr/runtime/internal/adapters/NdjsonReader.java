package org.jisr.runtime.internal.adapters;

import org.jisr.validation.internal.ConversionFindings;
import org.jisr.validation.internal.JsonAdapterFindings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.jisr.core.JisrIOException;
import org.jisr.json.internal.ModelReader;
import org.jisr.json.internal.ReadFailure;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.JisrRecord;
import org.jisr.spi.AdapterContext;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.RecordReader;
import org.jisr.validation.Location;
import org.jisr.validation.ReadLimits;
import org.jisr.validation.internal.syntax.SyntaxFindings;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a record stream one line at a time: memory holds one line. A line that cannot be read
 * (not UTF-8, malformed JSON, not a record, too long) is reported and skipped, and reading goes
 * on with the next; lines are independent. The header, when there is one, is the first line, so
 * the metadata is complete as soon as the first line is read.
 */
final class NdjsonReader implements RecordReader {

    private final AdapterInput input;
    private final AdapterContext context;
    private final ReadLimits limits;
    private final JsonFactory factory;
    private final CanonicalJson.Positions positions = new CanonicalJson.Positions();
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buffer = new byte[8192];
    private final ByteArrayOutputStream lineBytes = new ByteArrayOutputStream();
    private int position;
    private int limit;
    private boolean lineTooLong;
    private boolean endOfInput;
    private @Nullable InputStream in;
    private boolean started;
    private boolean done;
    private int lineNumber;
    private long bytesRead;
    private long records;
    private DocumentMetadata header = DocumentMetadata.EMPTY;
    private @Nullable JisrRecord pending;
    private int pendingLine;
    private int recordLine;

    NdjsonReader(AdapterInput input, AdapterContext context) {
        this.input = input;
        this.context = context;
        this.limits = context.limits();
        this.factory = CanonicalJson.factory(limits);
    }

    @Override
    public Optional<JisrRecord> next() {
        start();
        if (pending != null) {
            JisrRecord r = pending;
            pending = null;
            recordLine = pendingLine;
            return counted(r);
        }
        while (!done) {
            positions.clear();
            Optional<JisrRecord> r = line(false);
            if (r.isPresent()) {
                recordLine = lineNumber;
                return counted(r.get());
            }
        }
        return Optional.empty();
    }

    private Optional<JisrRecord> counted(JisrRecord record) {
        if (++records > limits.maxRecords()) {
            context.report(SyntaxFindings.LIMIT_EXCEEDED, Location.of(input.name(), "", recordLine, 1),
                    Map.of("limit", "maxRecords", "maximum", String.valueOf(limits.maxRecords())));
            done = true;
            pending = null;
            return Optional.empty();
        }
        return Optional.of(record);
    }

    /** Reads the first line, which may be the header. */
    private void start() {
        if (started) {
            return;
        }
        started = true;
        try {
            in = input.openStream();
        } catch (JisrIOException e) {
            unreadable(e);
            return;
        }
        positions.clear();
        Optional<JisrRecord> first = line(true);
        if (first.isPresent()) {
            pending = first.get();
            pendingLine = lineNumber;
        }
    }

    /**
     * Reads one line: a record, or nothing (the header, an empty or a bad line, the end).
     *
     * @param first whether this is the first line, where a header may be
     */
    private Optional<JisrRecord> line(boolean first) {
        byte[] bytes;
        try {
            bytes = nextLine();
        } catch (IOException | JisrIOException e) {
            unreadable(e);
            return Optional.empty();
        }
        if (bytes == null) {
            done = true;
            return Optional.empty();
        }
        lineNumber++;
        if (bytesRead > limits.maxDocumentBytes()) {
            limitExceeded("maxDocumentBytes", limits.maxDocumentBytes());
            done = true;
            return Optional.empty();
        }
        if (bytes.length == 0 && !lineTooLong) {
            if (!atEnd()) {
                context.report(SyntaxFindings.EMPTY_LINE, Location.of(input.name(), "", lineNumber, 1), Map.of());
            }
            return Optional.empty();
        }
        if (lineTooLong) {
            limitExceeded("maxLineLength", limits.maxLineLength());
            return Optional.empty();
        }
        String text = decode(bytes);
        if (text == null) {
            return Optional.empty();
        }
        if (text.length() > limits.maxLineLength()) {
            limitExceeded("maxLineLength", limits.maxLineLength());
            return Optional.empty();
        }
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), text)) {
            ModelReader.Item item = new ModelReader(p, lineNumber - 1).onValue(positions).readLine(first);
            if (item instanceof ModelReader.HeaderItem h) {
                header = h.metadata();
                return Optional.empty();
            }
            return Optional.of(((ModelReader.RecordItem) item).value());
        } catch (ReadFailure e) {
            boolean headerLine = first && "Header".equals(typeOf(text));
            if (headerLine && e.limit().isEmpty()) {
                CanonicalJson.report(context, JsonAdapterFindings.INVALID_DOCUMENT,
                        Location.of(input.name(), e.pointer(), e.line(), e.column()), Map.of("reason", e.reason()));
            } else {
                CanonicalJson.report(context, input.name(), e, true);
            }
            return Optional.empty();
        } catch (JacksonException e) {
            // Only an I/O failure gets through the model reader, and a string has none.
            CanonicalJson.report(context, JsonAdapterFindings.RECORD_SKIPPED,
                    Location.of(input.name(), "", lineNumber, 1), Map.of("reason", CanonicalJson.reason(e)));
            return Optional.empty();
        }
    }

    private void limitExceeded(String name, long maximum) {
        context.report(SyntaxFindings.LIMIT_EXCEEDED, Location.of(input.name(), "", lineNumber, 1),
                Map.of("limit", name, "maximum", String.valueOf(maximum)));
    }

    private void unreadable(Exception e) {
        context.report(JsonAdapterFindings.UNREADABLE_INPUT, Location.of(input.name(), "", lineNumber, 0),
                Map.of("reason", CanonicalJson.reason(e)));
        done = true;
    }

    /** The value of the line's {@code type} when it is its first member, as records and headers have it. */
    private @Nullable String typeOf(String text) {
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), text)) {
            if (p.nextToken() == JsonToken.START_OBJECT && "type".equals(p.nextName())
                    && p.nextToken() == JsonToken.VALUE_STRING) {
                return p.getString();
            }
        } catch (JacksonException e) {
            // Not even that much JSON.
        }
        return null;
    }

    private @Nullable String decode(byte[] bytes) {
        CharBuffer chars = CharBuffer.allocate(bytes.length);
        decoder.reset();
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), chars, true);
        if (!result.isError()) {
            result = decoder.flush(chars);
        }
        if (result.isError()) {
            CanonicalJson.report(context, JsonAdapterFindings.RECORD_SKIPPED,
                    Location.of(input.name(), "", lineNumber, chars.position() + 1),
                    Map.of("reason", "the line is not valid UTF-8"));
            return null;
        }
        return chars.flip().toString();
    }

    /**
     * The bytes of the next line without its {@code \n} (or {@code \r\n}), or {@code null} at the
     * end. A line longer than the limit is read to its end but not kept.
     */
    private byte @Nullable [] nextLine() throws IOException {
        lineBytes.reset();
        // UTF-8 needs at most 4 bytes a character: a conservative bound, checked again in characters.
        long max = (long) limits.maxLineLength() * 4;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                if (!fill()) {
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int i = position;
            while (i < limit && buffer[i] != '\n') {
                i++;
            }
            if (!tooLong) {
                if (lineBytes.size() + (long) (i - position) > max) {
                    tooLong = true;
                    lineBytes.reset();
                } else {
                    lineBytes.write(buffer, position, i - position);
                }
            }
            if (i < limit) {
                position = i + 1;
                break;
            }
            position = limit;
        }
        lineTooLong = tooLong;
        if (tooLong) {
            return new byte[0];
        }
        byte[] line = lineBytes.toByteArray();
        if (line.length > 0 && line[line.length - 1] == '\r') {
            return java.util.Arrays.copyOf(line, line.length - 1);
        }
        return line;
    }

    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        int n = java.util.Objects.requireNonNull(in).read(buffer, 0, buffer.length);
        if (n < 0) {
            endOfInput = true;
            return false;
        }
        bytesRead += n;
        position = 0;
        limit = n;
        return true;
    }

    private boolean atEnd() {
        try {
            return position == limit && !fill();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public DocumentMetadata metadata() {
        start();
        return header;
    }

    @Override
    public Location locate(String pointerInRecord) {
        Location at = positions.locate(input.name(), pointerInRecord, pointerInRecord, 0);
        if (at.line() == 0 && recordLine > 0) {
            return Location.of(input.name(), pointerInRecord, recordLine, 1);
        }
        return at;
    }

    @Override
    public void close() {
        done = true;
        InputStream stream = in;
        in = null;
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                throw new JisrIOException("could not close " + input.name(), e);
            }
        }
    }
}
