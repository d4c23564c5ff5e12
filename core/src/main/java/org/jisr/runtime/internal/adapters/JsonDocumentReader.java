package org.jisr.runtime.internal.adapters;

import org.jisr.validation.internal.ConversionFindings;
import org.jisr.validation.internal.JsonAdapterFindings;
import java.io.IOException;
import java.io.InputStream;
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
import org.jisr.validation.internal.syntax.SyntaxFindings;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads an exchange document one record at a time with the streaming parser: memory holds one
 * record, never the document. A record that cannot be read is reported and skipped; malformed
 * JSON ends the reading, with a finding where it is.
 *
 * <p>The document's metadata may follow its records (the canonical form puts the metadata's
 * extensions last). Asked for the metadata before the end, the reader learns it in a second,
 * quick pass over the input that skips the records without binding them.
 */
final class JsonDocumentReader implements RecordReader {

    private final AdapterInput input;
    private final AdapterContext context;
    private final JsonFactory factory;
    private final CanonicalJson.Positions positions = new CanonicalJson.Positions();
    private @Nullable InputStream in;
    private @Nullable JsonParser parser;
    private ModelReader.@Nullable DocumentCursor cursor;
    private @Nullable DocumentMetadata lookahead;
    private boolean done;
    private long records;
    private int lastIndex = -1;

    JsonDocumentReader(AdapterInput input, AdapterContext context) {
        this.input = input;
        this.context = context;
        this.factory = CanonicalJson.factory(context.limits());
    }

    @Override
    public Optional<JisrRecord> next() {
        if (done || !open()) {
            return Optional.empty();
        }
        ModelReader.DocumentCursor c = java.util.Objects.requireNonNull(cursor);
        while (true) {
            positions.clear();
            try {
                Optional<JisrRecord> record = c.next();
                if (record.isEmpty()) {
                    done = true;
                    return record;
                }
                lastIndex = c.index();
                if (++records > context.limits().maxRecords()) {
                    Location at = positions.locate(input.name(), "/records/" + lastIndex, "", 2);
                    context.report(SyntaxFindings.LIMIT_EXCEEDED, at, Map.of("limit", "maxRecords", "maximum",
                            String.valueOf(context.limits().maxRecords())));
                    done = true;
                    return Optional.empty();
                }
                return record;
            } catch (ReadFailure e) {
                CanonicalJson.report(context, input.name(), e, false);
                if (e.fatal()) {
                    done = true;
                    return Optional.empty();
                }
            } catch (JacksonException | JisrIOException e) {
                // The parser lets an I/O failure of the input through: not a problem of the data.
                context.report(JsonAdapterFindings.UNREADABLE_INPUT, Location.of(input.name(), "", 0, 0),
                        Map.of("reason", CanonicalJson.reason(e)));
                done = true;
                return Optional.empty();
            }
        }
    }

    private boolean open() {
        if (cursor != null) {
            return true;
        }
        try {
            in = input.openStream();
            parser = factory.createParser(ObjectReadContext.empty(), in);
            cursor = new ModelReader(parser, 0).onValue(positions).openDocument();
            return true;
        } catch (JisrIOException | JacksonException e) {
            context.report(JsonAdapterFindings.UNREADABLE_INPUT, Location.of(input.name(), "", 0, 0),
                    Map.of("reason", CanonicalJson.reason(e)));
            done = true;
            return false;
        }
    }

    @Override
    public DocumentMetadata metadata() {
        if (lookahead != null) {
            // Once answered, the same answer: both passes read the same bytes.
            return lookahead;
        }
        if (done) {
            return cursor == null ? DocumentMetadata.EMPTY : cursor.metadata();
        }
        lookahead = readAhead();
        return lookahead;
    }

    /**
     * Reads the whole document's metadata in a pass of its own, skipping the records. Its
     * failures are not reported here: the main pass reports each where it meets it.
     */
    private DocumentMetadata readAhead() {
        try (InputStream ahead = input.openStream();
                JsonParser p = factory.createParser(ObjectReadContext.empty(), ahead)) {
            ModelReader.DocumentCursor meta = new ModelReader(p, 0).openDocumentMetadata();
            while (true) {
                try {
                    if (meta.next().isEmpty()) {
                        return meta.metadata();
                    }
                } catch (ReadFailure e) {
                    if (e.fatal()) {
                        return meta.metadata();
                    }
                }
            }
        } catch (IOException | JisrIOException | JacksonException e) {
            return cursor == null ? DocumentMetadata.EMPTY : cursor.metadata();
        }
    }

    @Override
    public Location locate(String pointerInRecord) {
        if (lastIndex < 0) {
            return Location.of(input.name(), pointerInRecord, 0, 0);
        }
        return positions.locate(input.name(), "/records/" + lastIndex + pointerInRecord, pointerInRecord, 2);
    }

    @Override
    public void close() {
        done = true;
        try {
            if (parser != null) {
                parser.close();
            }
        } catch (JacksonException e) {
            // Closing a parser that reads from a stream it does not own releases buffers only.
        } finally {
            parser = null;
            closeInput();
        }
    }

    private void closeInput() {
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
