package org.jisr.testkit.broken;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.JisrRecord;
import org.jisr.model.MultilingualText;
import org.jisr.model.Organization;
import org.jisr.model.OrganizationKind;
import org.jisr.model.RecordType;
import org.jisr.spi.Adapter;
import org.jisr.spi.AdapterContext;
import org.jisr.spi.AdapterDescriptor;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.AdapterOutput;
import org.jisr.spi.Detection;
import org.jisr.spi.RecordReader;
import org.jisr.spi.RecordWriter;
import org.jisr.validation.Location;
import org.jspecify.annotations.Nullable;

/**
 * What the adapters of this package share when they work: a format of one association per line
 * (the line is its French name, its id is {@code line-<n>}), whose extension is the adapter's id.
 * Each adapter of the package breaks one part of it.
 */
abstract class LineAdapter implements Adapter {

    /** The message of every exception thrown on purpose starts with this. */
    static final String ON_PURPOSE = "broken on purpose: ";

    private final String id;

    LineAdapter(String id) {
        this.id = id;
    }

    /** Starts the descriptor of an adapter of this package: its id, its extension, associations. */
    static AdapterDescriptor.Builder describe(String id) {
        return AdapterDescriptor.builder(id, "Broken adapter " + id).version("1").extensions(id)
                .recordTypes(RecordType.ORGANIZATION);
    }

    @Override
    public AdapterDescriptor descriptor() {
        return describe(id).build();
    }

    /** A confidence of 0.5 for a name ending with {@code .<id>}, else none. */
    @Override
    public Detection detect(AdapterInput input) {
        return input.name().endsWith("." + id) ? Detection.of(0.5, "extension ." + id) : Detection.NO;
    }

    @Override
    public RecordReader openReader(AdapterInput input, AdapterContext context) {
        return new LineReader(input);
    }

    @Override
    public RecordWriter openWriter(AdapterOutput output, AdapterContext context) {
        return new LineWriter(output, context);
    }

    /**
     * Never returns on its own: spins on the CPU (an endless loop) until its thread is interrupted,
     * then throws. The host's time limit interrupts it; a loop that ignored interrupts would keep
     * a core busy until the JVM exits, which no test suite should do to its machine.
     */
    static void spinUntilInterrupted(String where) {
        while (!Thread.currentThread().isInterrupted()) {
            Thread.onSpinWait();
        }
        throw new IllegalStateException(ON_PURPOSE + where + " interrupted");
    }

    /**
     * Never returns: sleeps, swallowing every interrupt — a thread no host can stop, that costs no
     * CPU while it waits for the JVM to exit.
     */
    static void sleepForever() {
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException ignored) {
                // on purpose: this thread cannot be stopped
            }
        }
    }

    /**
     * Never returns: reads from a socket connected to the loopback that never sends a byte, a
     * blocking read that interrupting the thread does not end.
     */
    static void blockOnRead() {
        java.net.InetAddress loopback = java.net.InetAddress.getLoopbackAddress();
        try (java.net.ServerSocket server = new java.net.ServerSocket(0, 1, loopback);
                java.net.Socket socket = new java.net.Socket(loopback, server.getLocalPort())) {
            int read = socket.getInputStream().read();
            throw new IllegalStateException(ON_PURPOSE + "the read returned " + read);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sink of {@link #allocateWithoutBound()}: reachable only while the call runs. */
    static void allocateWithoutBound() {
        java.util.List<long[]> kept = new java.util.ArrayList<>();
        while (true) {
            kept.add(new long[512 * 1024]); // 4 MB a time, all kept, until the heap is exhausted
        }
    }

    /** An association read from a line. */
    static Organization association(int line, String name) {
        return Organization.builder("line-" + line).name(MultilingualText.of("fr", name))
                .kind(OrganizationKind.ASSOCIATION).build();
    }

    /** Reads one association per non-blank line. */
    static class LineReader implements RecordReader {
        private final AdapterInput input;
        private final BufferedReader lines;
        private int line;

        LineReader(AdapterInput input) {
            this.input = input;
            this.lines = new BufferedReader(new InputStreamReader(input.openStream(), StandardCharsets.UTF_8));
        }

        @Override
        public Optional<JisrRecord> next() {
            try {
                for (String text = lines.readLine(); text != null; text = lines.readLine()) {
                    line++;
                    if (!text.isBlank()) {
                        return Optional.of(association(line, text.strip()));
                    }
                }
                return Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public DocumentMetadata metadata() {
            return DocumentMetadata.EMPTY;
        }

        @Override
        public Location locate(String pointerInRecord) {
            return Location.of(input.name(), "", Math.max(line, 1), 1);
        }

        @Override
        public void close() {
            try {
                lines.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Writes the French name of each association on a line; other records are reported lost. */
    static class LineWriter implements RecordWriter {
        private final AdapterOutput output;
        private final AdapterContext context;
        private @Nullable Writer out;

        LineWriter(AdapterOutput output, AdapterContext context) {
            this.output = output;
            this.context = context;
        }

        private Writer out() {
            Writer w = out;
            if (w == null) {
                w = new OutputStreamWriter(output.openStream(), StandardCharsets.UTF_8);
                out = w;
            }
            return w;
        }

        @Override
        public void begin(DocumentMetadata metadata) {
            out();
        }

        @Override
        public void write(JisrRecord record) {
            if (!(record instanceof Organization o)) {
                context.lost(record, "");
                return;
            }
            try {
                out().write(o.name().texts().getOrDefault("fr", o.id()) + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                out().close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
