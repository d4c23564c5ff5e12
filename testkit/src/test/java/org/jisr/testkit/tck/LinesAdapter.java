package org.jisr.testkit.tck;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jisr.json.InvalidJsonException;
import org.jisr.json.JisrJson;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.Event;
import org.jisr.model.JisrRecord;
import org.jisr.model.MultilingualText;
import org.jisr.model.RecordType;
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
import org.jisr.validation.FindingType;
import org.jisr.validation.Layer;
import org.jisr.validation.Location;
import org.jisr.validation.Severity;

/**
 * A small real adapter for testing the contract tests: one record per line, as canonical JSON,
 * in files named {@code *.lines}. Each {@link Flaw} breaks one promise of the contract, so that a
 * test can check the contract tests notice.
 */
final class LinesAdapter implements Adapter {

    /** One way to break the contract. */
    enum Flaw {
        /** Declares SPI version 2. */
        FUTURE_SPI,
        /** Declares a limitation about a record type it does not carry. */
        LIMITATION_OF_ANOTHER_TYPE,
        /** Describes a limitation in French and English only. */
        LIMITATION_WITHOUT_ARABIC,
        /** Prints a line to System.out when detecting. */
        CHATTY,
        /** Says 0.5 to any input. */
        GREEDY_DETECTION,
        /** Reads the whole input to detect it. */
        READS_ALL_TO_DETECT,
        /** Never closes the streams it opens. */
        LEAKY,
        /** Writes events without their description, declaring and reporting nothing. */
        DROPS_DESCRIPTIONS,
        /** Writes events without their description, declaring it but not reporting it. */
        DROPS_DESCRIPTIONS_UNREPORTED,
        /** Declares that it cannot carry titles, and carries them. */
        OVER_DECLARES,
        /** Lets a parse error escape as an exception. */
        THROWS_ON_BAD_LINES,
        /** Reports bad lines with a finding type that has no Arabic message. */
        NO_ARABIC_MESSAGE,
        /** Numbers its conversions in a field shared by all of them. */
        COUNTS_CONVERSIONS
    }

    static final FindingType BAD_LINE = new FindingType("test-lines.bad-line", Layer.ADAPTER, Severity.ERROR,
            List.of("reason"), "org.jisr.testkit.tck.lines");
    static final FindingType BAD_LINE_WITHOUT_ARABIC = new FindingType("test-lines.bad-line", Layer.ADAPTER,
            Severity.ERROR, List.of("reason"), "org.jisr.testkit.tck.lines-no-arabic");

    private static final JisrJson JSON = JisrJson.create();
    private static final MultilingualText DESCRIPTIONS_LOST = MultilingualText.of(
            "fr", "Les descriptions ne sont pas écrites.", "ar", "الأوصاف لا تُكتب.", "en", "Descriptions are not written.");

    private final Set<Flaw> flaws;
    private final Set<RecordType> types;
    private final Set<Direction> directions;
    private final AtomicInteger conversions = new AtomicInteger();

    LinesAdapter(Set<RecordType> types, Set<Direction> directions, Flaw... flaws) {
        this.types = Set.copyOf(types);
        this.directions = Set.copyOf(directions);
        this.flaws = flaws.length == 0 ? EnumSet.noneOf(Flaw.class) : EnumSet.of(flaws[0], flaws);
    }

    LinesAdapter(Flaw... flaws) {
        this(Set.of(RecordType.EVENT), EnumSet.allOf(Direction.class), flaws);
    }

    @Override
    public AdapterDescriptor descriptor() {
        List<Limitation> limitations = new ArrayList<>();
        if (flaws.contains(Flaw.DROPS_DESCRIPTIONS_UNREPORTED)) {
            limitations.add(new Limitation(RecordType.EVENT, "/description", DESCRIPTIONS_LOST));
        }
        if (flaws.contains(Flaw.OVER_DECLARES)) {
            limitations.add(new Limitation(RecordType.EVENT, "/title", DESCRIPTIONS_LOST));
        }
        if (flaws.contains(Flaw.LIMITATION_OF_ANOTHER_TYPE)) {
            limitations.add(new Limitation(RecordType.PROJECT, "/budget", DESCRIPTIONS_LOST));
        }
        if (flaws.contains(Flaw.LIMITATION_WITHOUT_ARABIC)) {
            limitations.add(new Limitation(RecordType.EVENT, "/extensions",
                    MultilingualText.of("fr", "Pas d'extensions.", "en", "No extensions.")));
        }
        return AdapterDescriptor.builder("test-lines", "Records, one a line")
                .version("1.0")
                .spiVersion(flaws.contains(Flaw.FUTURE_SPI) ? 2 : 1)
                .mediaTypes("application/x-test-lines")
                .extensions("lines")
                .directions(directions.toArray(Direction[]::new))
                .recordTypes(types.toArray(RecordType[]::new))
                .limitations(limitations.toArray(Limitation[]::new))
                .build();
    }

    @Override
    public Detection detect(AdapterInput input) {
        if (flaws.contains(Flaw.CHATTY)) {
            System.out.println("detecting " + input.name());
        }
        if (flaws.contains(Flaw.GREEDY_DETECTION)) {
            return Detection.of(0.5, "anything goes");
        }
        if (flaws.contains(Flaw.READS_ALL_TO_DETECT)) {
            try (InputStream in = input.openStream()) {
                in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        byte[] start = input.peek(64);
        boolean looksLikeRecords = new String(start, StandardCharsets.ISO_8859_1).startsWith("{\"type\":\"");
        if (!looksLikeRecords) {
            return Detection.NO;
        }
        return input.name().endsWith(".lines") ? Detection.of(0.9, "extension .lines and a record")
                : Detection.of(0.5, "a record");
    }

    @Override
    public RecordReader openReader(AdapterInput input, AdapterContext context) {
        return new LinesReader(input, context);
    }

    @Override
    public RecordWriter openWriter(AdapterOutput output, AdapterContext context) {
        return new LinesWriter(output);
    }

    private final class LinesReader implements RecordReader {
        private final AdapterInput input;
        private final AdapterContext context;
        private final List<String> lines = new ArrayList<>();
        private final int number = conversions.incrementAndGet();
        private int next;
        private int lastLine;

        LinesReader(AdapterInput input, AdapterContext context) {
            this.input = input;
            this.context = context;
            InputStream in = input.openStream();
            try {
                byte[] bytes = in.readAllBytes();
                int start = 0;
                for (int i = 0; i <= bytes.length; i++) {
                    if (i == bytes.length || bytes[i] == '\n') {
                        lines.add(decode(bytes, start, i - start, lines.size() + 1));
                        start = i + 1;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                if (!flaws.contains(Flaw.LEAKY)) {
                    LinesAdapter.close(in);
                }
            }
        }

        private String decode(byte[] bytes, int offset, int length, int line) {
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, offset, length)).toString();
            } catch (CharacterCodingException e) {
                report(line, 1, "invalid UTF-8");
                return "";
            }
        }

        @Override
        public Optional<JisrRecord> next() {
            while (next < lines.size()) {
                int line = ++next;
                String text = lines.get(line - 1);
                if (text.isEmpty()) {
                    continue;
                }
                try {
                    lastLine = line;
                    return Optional.of(number(JSON.readRecord(text)));
                } catch (InvalidJsonException e) {
                    if (flaws.contains(Flaw.THROWS_ON_BAD_LINES)) {
                        throw e;
                    }
                    report(line, Math.max(1, e.column()), e.reason());
                }
            }
            return Optional.empty();
        }

        private JisrRecord number(JisrRecord record) {
            if (flaws.contains(Flaw.COUNTS_CONVERSIONS) && record instanceof Event e) {
                return e.toBuilder().id(e.id() + "-" + number).build();
            }
            return record;
        }

        private void report(int line, int column, String reason) {
            context.report(flaws.contains(Flaw.NO_ARABIC_MESSAGE) ? BAD_LINE_WITHOUT_ARABIC : BAD_LINE,
                    Location.of(input.name(), "", line, column), Map.of("reason", reason));
        }

        @Override
        public DocumentMetadata metadata() {
            return DocumentMetadata.EMPTY;
        }

        @Override
        public Location locate(String pointerInRecord) {
            return Location.of(input.name(), "", Math.max(1, lastLine), 1);
        }

        @Override
        public void close() {
        }
    }

    private final class LinesWriter implements RecordWriter {
        private final AdapterOutput output;
        private OutputStream out;

        LinesWriter(AdapterOutput output) {
            this.output = output;
        }

        @Override
        public void begin(DocumentMetadata metadata) {
            out = output.openStream();
        }

        @Override
        public void write(JisrRecord record) {
            JisrRecord written = record;
            if ((flaws.contains(Flaw.DROPS_DESCRIPTIONS) || flaws.contains(Flaw.DROPS_DESCRIPTIONS_UNREPORTED))
                    && record instanceof Event e) {
                written = e.toBuilder().description(null).build();
            }
            try {
                out.write((JSON.toJsonLine(written) + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            if (out == null) {
                out = output.openStream();
            }
            LinesAdapter.close(out);
        }
    }

    private static void close(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
