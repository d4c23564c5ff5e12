package org.jisr.runtime.internal.adapters;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jisr.model.JisrRecord;
import org.jisr.runtime.internal.BytesInput;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.AdapterOutput;
import org.jisr.spi.RecordReader;

/** Inputs and outputs for driving adapters in tests. */
final class Inputs {

    private Inputs() {
    }

    static AdapterInput text(String name, String content) {
        return new BytesInput(name, content.getBytes(StandardCharsets.UTF_8));
    }

    static AdapterInput resource(String name) throws IOException {
        try (InputStream in = Inputs.class.getResourceAsStream("/examples/" + name)) {
            if (in == null) {
                throw new IOException("no test resource /examples/" + name);
            }
            return new BytesInput(name, in.readAllBytes());
        }
    }

    /** All the records a reader gives. */
    static List<JisrRecord> readAll(RecordReader reader) {
        List<JisrRecord> records = new ArrayList<>();
        Optional<JisrRecord> next;
        while ((next = reader.next()).isPresent()) {
            records.add(next.get());
        }
        return records;
    }

    /** The bytes, through a stream that counts what was read and may fail after some bytes. */
    static final class Counted implements AdapterInput {
        final byte[] bytes;
        final String name;
        final long failAfter;
        long read;
        int opened;

        Counted(String name, byte[] bytes, long failAfter) {
            this.name = name;
            this.bytes = bytes;
            this.failAfter = failAfter;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Optional<Path> path() {
            return Optional.empty();
        }

        @Override
        public InputStream openStream() {
            opened++;
            return new FilterInputStream(new ByteArrayInputStream(bytes)) {
                @Override
                public int read() throws IOException {
                    check();
                    int b = super.read();
                    if (b >= 0) {
                        read++;
                    }
                    return b;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    check();
                    int n = super.read(b, off, len);
                    if (n > 0) {
                        read += n;
                    }
                    return n;
                }

                private void check() throws IOException {
                    if (read >= failAfter) {
                        throw new IOException("disk on fire after " + read + " bytes");
                    }
                }
            };
        }

        @Override
        public byte[] peek(int max) {
            return java.util.Arrays.copyOf(bytes, Math.min(max, bytes.length));
        }
    }

    /** An output in memory. */
    static final class Memory implements AdapterOutput {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean closed;

        @Override
        public String name() {
            return "memory";
        }

        @Override
        public Optional<Path> path() {
            return Optional.empty();
        }

        @Override
        public OutputStream openStream() {
            return new java.io.FilterOutputStream(bytes) {
                @Override
                public void close() throws IOException {
                    closed = true;
                    super.close();
                }
            };
        }

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    /** A minimal local authority, small enough to make long documents. */
    static String authority(String id, Function<String, String> extra) {
        return "{\"type\": \"LocalAuthority\", \"id\": \"" + id + "\", \"name\": {\"fr\": \"Commune " + id
                + "\"}, \"kind\": \"commune\", \"country\": \"TN\"" + extra.apply(id) + "}";
    }

    static String authority(String id) {
        return authority(id, x -> "");
    }
}
