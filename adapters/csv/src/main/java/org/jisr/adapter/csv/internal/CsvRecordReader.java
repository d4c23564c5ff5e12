package org.jisr.adapter.csv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.jisr.adapter.tabular.SpreadsheetFindings;
import org.jisr.adapter.tabular.internal.Archives;
import org.jisr.adapter.tabular.internal.Grid;
import org.jisr.adapter.tabular.internal.Mapping;
import org.jisr.adapter.tabular.internal.TableReading;
import org.jisr.core.JisrIOException;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.JisrRecord;
import org.jisr.spi.AdapterContext;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.RecordReader;
import org.jisr.text.TextMatching;
import org.jisr.validation.Location;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CSV file, a zip of CSV files or a folder of CSV files, one table per file, record by
 * record: memory holds one row (and the ids of the linked records made). Not thread-safe.
 */
public final class CsvRecordReader implements RecordReader {

    private final AdapterInput input;
    private final AdapterContext context;
    private final Mapping mapping;
    private final TableReading reading;
    private @Nullable InputStream stream;
    private @Nullable ZipInputStream zip;
    private Archives.@Nullable Counting compressed;
    private long expanded;
    private int entries;
    private @Nullable List<Path> files;
    private int nextFile;
    private TableReading.@Nullable SheetReader sheet;
    private @Nullable InputStream sheetStream;
    private TableReading.@Nullable Read last;
    private boolean started;
    private boolean done;
    private boolean isZip;

    /**
     * Prepares reading.
     *
     * @param input   the input
     * @param context where to report
     * @param mapping the mapping
     */
    public CsvRecordReader(AdapterInput input, AdapterContext context, Mapping mapping) {
        this.input = input;
        this.context = context;
        this.mapping = mapping;
        this.reading = new TableReading(mapping, context);
    }

    @Override
    public Optional<JisrRecord> next() {
        if (done) {
            return Optional.empty();
        }
        try {
            if (!started) {
                started = true;
                start();
            }
            while (true) {
                if (sheet == null && !nextSheet()) {
                    finish();
                    return Optional.empty();
                }
                Optional<TableReading.Read> r = sheet.next();
                if (r.isPresent()) {
                    last = r.get();
                    return Optional.of(r.get().record());
                }
                closeSheet();
            }
        } catch (JisrIOException | IOException e) {
            unreadable(e);
            finish();
            return Optional.empty();
        }
    }

    private void start() throws IOException {
        Optional<Path> path = input.path();
        if (path.isPresent() && Files.isDirectory(path.get())) {
            try (Stream<Path> list = Files.list(path.get())) {
                List<Path> csv = new ArrayList<>(list.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT)
                        .endsWith(".csv")).toList());
                csv.sort(Comparator.comparingInt((Path p) -> order(p.getFileName().toString()))
                        .thenComparing(p -> p.getFileName().toString()));
                files = csv;
            }
            return;
        }
        InputStream in = input.openStream();
        stream = in;
        byte[] head = input.peek(4);
        if (CsvDetection.isZip(head)) {
            isZip = true;
            compressed = new Archives.Counting(in);
            zip = new ZipInputStream(compressed, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** The place of a file in a folder: the mapping's order of tables, unknown files last. */
    private int order(String fileName) {
        String key = TextMatching.compactKey(fileName.replaceAll("(?i)\\.csv$", ""));
        List<Mapping.Table> tables = mapping.tables();
        for (int i = 0; i < tables.size(); i++) {
            Mapping.Table t = tables.get(i);
            if (TextMatching.compactKey(t.key()).equals(key) || t.names().values().stream().flatMap(List::stream)
                    .anyMatch(n -> TextMatching.compactKey(n).equals(key))) {
                return i;
            }
        }
        return tables.size();
    }

    private boolean nextSheet() throws IOException {
        if (files != null) {
            if (nextFile >= files.size()) {
                return false;
            }
            Path file = files.get(nextFile++);
            InputStream in = Files.newInputStream(file);
            sheetStream = in;
            Grid.Where where = new Grid.Where(file.toString(), null);
            sheet = reading.sheet(where, CsvRows.open(in, context, where), file.getFileName().toString());
            return true;
        }
        ZipInputStream z = zip;
        if (z != null) {
            while (true) {
                ZipEntry entry;
                try {
                    entry = z.getNextEntry();
                } catch (ZipException e) {
                    unreadable(e);
                    return false;
                }
                if (entry == null) {
                    return false;
                }
                if (++entries > context.limits().maxArchiveEntries()) {
                    context.report(SpreadsheetFindings.LIMIT_EXCEEDED, Location.ofCell(input.name(), entry.getName(),
                            "A1", 1, 1), Map.of("limit", "maxArchiveEntries",
                                    "maximum", String.valueOf(context.limits().maxArchiveEntries())));
                    return false;
                }
                String name = entry.getName();
                if (entry.isDirectory() || !name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    continue;
                }
                String sheetName = name.substring(name.lastIndexOf('/') + 1);
                Grid.Where where = new Grid.Where(input.name(), sheetName);
                sheet = reading.sheet(where, CsvRows.open(new Guarded(z, where), context, where));
                return true;
            }
        }
        InputStream in = stream;
        if (in == null || isZip) {
            return false;
        }
        stream = null;
        sheetStream = in;
        Grid.Where where = new Grid.Where(input.name(), null);
        String fileName = input.name().substring(Math.max(input.name().lastIndexOf('/'), input.name().lastIndexOf('\\')) + 1);
        sheet = reading.sheet(where, CsvRows.open(in, context, where), fileName);
        return true;
    }

    /** An entry of the zip, cut short (with a finding) when the archive expands like a bomb. */
    private final class Guarded extends InputStream {
        private final InputStream in;
        private final Grid.Where where;
        private boolean stopped;

        Guarded(InputStream in, Grid.Where where) {
            this.in = in;
            this.where = where;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n <= 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (stopped) {
                return -1;
            }
            int n;
            try {
                n = in.read(b, off, len);
            } catch (ZipException e) {
                unreadable(e);
                stopped = true;
                return -1;
            }
            if (n > 0) {
                expanded += n;
                Archives.Counting c = compressed;
                String unsafe = Archives.unsafe(c == null ? 0 : c.count(), expanded, context.limits());
                if (unsafe != null) {
                    stopped = true;
                    context.report(SpreadsheetFindings.LIMIT_EXCEEDED, where.start(), Map.of("limit", unsafe,
                            "maximum", String.valueOf(Archives.maximum(unsafe, context.limits()))));
                    zip = null;
                    return -1;
                }
            }
            return n;
        }

        @Override
        public void close() {
            // The zip stream stays open for the next entry.
        }
    }

    private void unreadable(Exception e) {
        String message = e.getMessage();
        context.report(SpreadsheetFindings.UNREADABLE, Location.ofCell(input.name(), null, "A1", 1, 1),
                Map.of("reason", e.getClass().getSimpleName() + (message == null ? "" : ": " + message)));
    }

    private void closeSheet() throws IOException {
        sheet = null;
        InputStream in = sheetStream;
        sheetStream = null;
        if (in != null) {
            in.close();
        }
    }

    private void finish() {
        if (done) {
            return;
        }
        done = true;
        if (!reading.anyTable()) {
            reading.noTable(Location.ofCell(input.name(), null, "A1", 1, 1));
        }
        close();
    }

    @Override
    public DocumentMetadata metadata() {
        return reading.metadata();
    }

    @Override
    public Location locate(String pointerInRecord) {
        TableReading.Read r = last;
        return r == null ? Location.ofCell(input.name(), null, "A1", 1, 1) : r.locate(pointerInRecord);
    }

    @Override
    public void close() {
        done = true;
        IOException failure = null;
        for (InputStream in : new InputStream[] {sheetStream, zip, stream}) {
            if (in == null) {
                continue;
            }
            try {
                in.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        sheetStream = null;
        zip = null;
        stream = null;
        if (failure != null) {
            throw new JisrIOException("cannot close " + input.name(), failure);
        }
    }
}
