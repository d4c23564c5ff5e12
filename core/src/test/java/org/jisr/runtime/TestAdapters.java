package org.jisr.runtime;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.ExchangeDocument;
import org.jisr.model.JisrRecord;
import org.jisr.model.MultilingualText;
import org.jisr.model.RecordType;
import org.jisr.runtime.internal.adapters.JsonDocumentAdapter;
import org.jisr.spi.Adapter;
import org.jisr.spi.AdapterContext;
import org.jisr.spi.AdapterDescriptor;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.AdapterOutput;
import org.jisr.spi.Detection;
import org.jisr.spi.Direction;
import org.jisr.spi.Limitation;
import org.jisr.spi.RecordReader;
import org.jisr.spi.RecordWriter;
import org.jisr.validation.Location;

/** Small real adapters that misbehave or lose data on purpose, to test what a conversion does about it. */
final class TestAdapters {

    private TestAdapters() {
    }

    /** Writes "type id" lines for every record but Projects, and cannot carry much. */
    static final class LossyLines implements Adapter {
        @Override
        public AdapterDescriptor descriptor() {
            return AdapterDescriptor.builder("lossy-lines", "Type and id, one a line")
                    .directions(Direction.WRITE)
                    .extensions("txt")
                    .recordTypes(RecordType.LOCAL_AUTHORITY, RecordType.ORGANIZATION, RecordType.PARTNERSHIP,
                            RecordType.EVENT)
                    .limitations(
                            new Limitation(null, "/extensions", MultilingualText.of("en", "no extensions")),
                            new Limitation(RecordType.EVENT, "/participants/*/description",
                                    MultilingualText.of("en", "no description of a participation")))
                    .build();
        }

        @Override
        public Detection detect(AdapterInput input) {
            return Detection.NO;
        }

        @Override
        public RecordReader openReader(AdapterInput input, AdapterContext context) {
            throw new UnsupportedOperationException("lossy-lines does not read");
        }

        @Override
        public RecordWriter openWriter(AdapterOutput output, AdapterContext context) {
            return new LineWriter(output) {
                @Override
                public void write(JisrRecord record) {
                    if (record.type() == RecordType.LOCAL_AUTHORITY) {
                        // Declared nowhere, but said while writing: it counts.
                        context.lost(record, "/name");
                        // Already covered by the declared /extensions: reported once.
                        context.lost(record, "/extensions/tn.sousse");
                    }
                    line(record.type().jsonName() + " " + record.id());
                }
            };
        }
    }

    /** Writes lines, then breaks at the third record, leaving its output half written. */
    static final class FailingWriter implements Adapter {
        @Override
        public AdapterDescriptor descriptor() {
            return AdapterDescriptor.builder("failing-writer", "Fails midway").directions(Direction.WRITE).build();
        }

        @Override
        public Detection detect(AdapterInput input) {
            return Detection.NO;
        }

        @Override
        public RecordReader openReader(AdapterInput input, AdapterContext context) {
            throw new UnsupportedOperationException();
        }

        @Override
        public RecordWriter openWriter(AdapterOutput output, AdapterContext context) {
            return new LineWriter(output) {
                private int count;

                @Override
                public void write(JisrRecord record) {
                    if (++count == 3) {
                        throw new IllegalStateException("broken on purpose at record 3");
                    }
                    line(record.id());
                }

                @Override
                public void close() {
                    // Forgets to close its stream: the host must not leave it open.
                }
            };
        }
    }

    /** Reads like the json adapter, then breaks at the third record. */
    static final class FailingReader implements Adapter {
        private final Adapter json = new JsonDocumentAdapter();

        @Override
        public AdapterDescriptor descriptor() {
            return AdapterDescriptor.builder("failing-reader", "Fails midway").directions(Direction.READ).build();
        }

        @Override
        public Detection detect(AdapterInput input) {
            return Detection.NO;
        }

        @Override
        public RecordReader openReader(AdapterInput input, AdapterContext context) {
            RecordReader inner = json.openReader(input, context);
            return new RecordReader() {
                private int count;

                @Override
                public Optional<JisrRecord> next() {
                    if (++count == 3) {
                        throw new IllegalStateException("broken on purpose at record 3");
                    }
                    return inner.next();
                }

                @Override
                public DocumentMetadata metadata() {
                    return inner.metadata();
                }

                @Override
                public Location locate(String pointerInRecord) {
                    return inner.locate(pointerInRecord);
                }

                @Override
                public void close() {
                    inner.close();
                }
            };
        }

        @Override
        public RecordWriter openWriter(AdapterOutput output, AdapterContext context) {
            throw new UnsupportedOperationException();
        }
    }

    /** Reads a document from memory but tells its metadata only at the end. */
    static final class LateMetadata implements Adapter {
        private final ExchangeDocument doc;

        LateMetadata(ExchangeDocument doc) {
            this.doc = doc;
        }

        @Override
        public AdapterDescriptor descriptor() {
            return AdapterDescriptor.builder("late-metadata", "Metadata at the end").directions(Direction.READ).build();
        }

        @Override
        public Detection detect(AdapterInput input) {
            return Detection.NO;
        }

        @Override
        public RecordReader openReader(AdapterInput input, AdapterContext context) {
            Iterator<JisrRecord> records = doc.records().iterator();
            return new RecordReader() {
                private boolean ended;

                @Override
                public Optional<JisrRecord> next() {
                    if (records.hasNext()) {
                        return Optional.of(records.next());
                    }
                    ended = true;
                    return Optional.empty();
                }

                @Override
                public DocumentMetadata metadata() {
                    return ended ? doc.metadata() : DocumentMetadata.EMPTY;
                }

                @Override
                public Location locate(String pointerInRecord) {
                    return Location.of(input.name(), pointerInRecord, 0, 0);
                }

                @Override
                public void close() {
                }
            };
        }

        @Override
        public RecordWriter openWriter(AdapterOutput output, AdapterContext context) {
            throw new UnsupportedOperationException();
        }
    }

    /** Writes the target itself, at the output's path, without opening the output's stream. */
    static final class DirectWriter implements Adapter {
        @Override
        public AdapterDescriptor descriptor() {
            return AdapterDescriptor.builder("direct-writer", "Writes at the path").directions(Direction.WRITE).build();
        }

        @Override
        public Detection detect(AdapterInput input) {
            return Detection.NO;
        }

        @Override
        public RecordReader openReader(AdapterInput input, AdapterContext context) {
            throw new UnsupportedOperationException();
        }

        @Override
        public RecordWriter openWriter(AdapterOutput output, AdapterContext context) {
            return new RecordWriter() {
                private final StringBuilder ids = new StringBuilder();

                @Override
                public void begin(DocumentMetadata metadata) {
                }

                @Override
                public void write(JisrRecord record) {
                    ids.append(record.id()).append('\n');
                }

                @Override
                public void close() {
                    try {
                        java.nio.file.Files.writeString(output.path().orElseThrow(), ids);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
        }
    }

    /** A writer of text lines. */
    abstract static class LineWriter implements RecordWriter {
        private final AdapterOutput output;
        private OutputStream out;

        LineWriter(AdapterOutput output) {
            this.output = output;
        }

        @Override
        public void begin(DocumentMetadata metadata) {
            out = output.openStream();
        }

        void line(String text) {
            try {
                out.write((text + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
