package org.jisr.adapter.xlsx.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.jisr.adapter.tabular.SpreadsheetFindings;
import org.jisr.adapter.tabular.internal.Archives;
import org.jisr.adapter.tabular.internal.Grid;
import org.jisr.adapter.tabular.internal.Mapping;
import org.jisr.adapter.tabular.internal.TableReading;
import org.jisr.model.DocumentMetadata;
import org.jisr.model.JisrRecord;
import org.jisr.spi.AdapterContext;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.RecordReader;
import org.jisr.validation.Location;
import org.jspecify.annotations.Nullable;

/**
 * Reads a workbook sheet by sheet, record by record: an xlsx package streams each sheet's XML (a
 * file is opened in place, bytes in memory are read from memory), an xls workbook is read whole.
 * Not thread-safe.
 */
public final class XlsxRecordReader implements RecordReader {

    /** The names of the explanation sheet of templates (XlsxTemplates), as matching keys. */
    private static final java.util.Set<String> README = java.util.Set.of("lisezmoi", "اقراني", "readme");

    private final AdapterInput input;
    private final AdapterContext context;
    private final TableReading reading;
    private @Nullable OPCPackage pkg;
    private XSSFReader.@Nullable SheetIterator sheets;
    private @Nullable SharedStrings strings;
    private @Nullable StylesTable styles;
    private @Nullable HSSFWorkbook xls;
    private int nextXlsSheet;
    private TableReading.@Nullable SheetReader sheet;
    private @Nullable InputStream sheetStream;
    private @Nullable SheetXmlRows sheetRows;
    private TableReading.@Nullable Read last;
    private boolean started;
    private boolean done;
    private boolean tooLarge;
    private boolean bomb;
    private @Nullable OdsTables ods;
    private @Nullable InputStream odsStream;
    private long bytes;
    private @Nullable Path spooled;

    /**
     * Prepares reading.
     *
     * @param input   the input
     * @param context where to report
     * @param mapping the mapping
     */
    public XlsxRecordReader(AdapterInput input, AdapterContext context, Mapping mapping) {
        this.input = input;
        this.context = context;
        this.reading = new TableReading(mapping, context);
    }

    private Location start() {
        return Location.ofCell(input.name(), null, "A1", 1, 1);
    }

    @Override
    public Optional<JisrRecord> next() {
        if (done) {
            return Optional.empty();
        }
        try {
            if (!started) {
                started = true;
                open();
            }
            while (true) {
                if (sheet == null && !nextSheet()) {
                    finish(true);
                    return Optional.empty();
                }
                Optional<TableReading.Read> r = sheet.next();
                if (r.isPresent()) {
                    last = r.get();
                    return Optional.of(r.get().record());
                }
                if (tooLarge) {
                    context.report(SpreadsheetFindings.LIMIT_EXCEEDED, start(), Map.of("limit", "maxExpandedBytes",
                            "maximum", String.valueOf(context.limits().maxExpandedBytes())));
                    finish(false);
                    return Optional.empty();
                }
                closeSheet();
            }
        } catch (IOException | RuntimeException | XMLStreamException | org.xml.sax.SAXException
                | org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            failed(e);
            finish(false);
            return Optional.empty();
        }
    }

    private void open() throws IOException, XMLStreamException, org.apache.poi.openxml4j.exceptions.OpenXML4JException,
            org.xml.sax.SAXException {
        XlsxDetection.Kind kind = XlsxDetection.kind(input.peek(512));
        Optional<Path> path = input.path().filter(Files::isRegularFile);
        switch (kind) {
            case OLE2 -> {
                try (InputStream in = input.openStream()) {
                    xls = new HSSFWorkbook(in);
                }
            }
            case OOXML -> {
                // POI keeps a streamed package's entries in memory: a stream is copied to a
                // temporary file first, so that only the sheet being read is inflated, lazily.
                Path file = path.isPresent() ? path.get() : spool();
                if (file == null) {
                    return;
                }
                Optional<Map<String, String>> exceeded = ArchiveScan.check(file, context.limits());
                if (exceeded.isPresent()) {
                    context.report(SpreadsheetFindings.LIMIT_EXCEEDED, start(), exceeded.get());
                    done = true;
                    return;
                }
                OPCPackage p = OPCPackage.open(file.toFile(), PackageAccess.READ);
                pkg = p;
                XSSFReader reader = new XSSFReader(p);
                strings = new ReadOnlySharedStringsTable(p, false);
                styles = reader.getStylesTable();
                sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            }
            case ODS -> openOds();
            default -> context.report(SpreadsheetFindings.UNREADABLE, start(), Map.of("reason",
                    "not an xlsx or xls workbook"));
        }
    }

    /**
     * Copies the input to a temporary file (deleted on close), or reports that it exceeds
     * {@code maxDocumentBytes} and returns {@code null}.
     */
    private @Nullable Path spool() throws IOException {
        Path file = Files.createTempFile("jisr-", ".xlsx");
        spooled = file;
        long max = context.limits().maxDocumentBytes();
        try (InputStream in = input.openStream(); java.io.OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[65536];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > max) {
                    context.report(SpreadsheetFindings.LIMIT_EXCEEDED, start(), Map.of("limit", "maxDocumentBytes",
                            "maximum", String.valueOf(max)));
                    done = true;
                    return null;
                }
                out.write(buffer, 0, n);
            }
        }
        return file;
    }

    /** An OpenDocument spreadsheet: its content.xml, streamed from the zip with a guard against bombs. */
    private void openOds() throws IOException, XMLStreamException {
        InputStream raw = input.openStream();
        odsStream = raw;
        Archives.Counting compressed = new Archives.Counting(raw);
        java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(compressed);
        java.util.zip.ZipEntry entry;
        int entries = 0;
        while ((entry = zip.getNextEntry()) != null) {
            if (++entries > context.limits().maxArchiveEntries()) {
                context.report(SpreadsheetFindings.LIMIT_EXCEEDED, start(), Map.of("limit", "maxArchiveEntries",
                        "maximum", String.valueOf(context.limits().maxArchiveEntries())));
                return;
            }
            if (entry.getName().equals("content.xml")) {
                ods = new OdsTables(new Limited(new BombGuard(zip, compressed)), context, input.name());
                return;
            }
        }
        context.report(SpreadsheetFindings.UNREADABLE, start(), Map.of("reason", "no content.xml in the package"));
    }

    /**
     * Ends an entry, with a finding, once it expands more than {@code maxExpansionRatio} times the
     * archive read so far (past 1 MiB), or past {@code maxExpandedBytes}.
     */
    private final class BombGuard extends FilterInputStream {
        private final Archives.Counting compressed;
        private long expanded;

        BombGuard(InputStream in, Archives.Counting compressed) {
            super(in);
            this.compressed = compressed;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) <= 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (bomb) {
                return -1;
            }
            int n = super.read(b, off, len);
            expanded += Math.max(0, n);
            String exceeded = Archives.unsafe(compressed.count(), expanded, context.limits());
            if (exceeded != null) {
                bomb = true;
                context.report(SpreadsheetFindings.LIMIT_EXCEEDED, start(), ArchiveScan.finding(exceeded,
                        context.limits()));
                return -1;
            }
            return n;
        }

        @Override
        public void close() {
            // the archive is closed with the reader
        }
    }

    private boolean nextSheet() throws IOException, XMLStreamException {
        if (done || bomb) {
            return false;
        }
        OdsTables tables = ods;
        if (tables != null) {
            Optional<String> name = tables.nextTable();
            if (name.isEmpty()) {
                return false;
            }
            Grid.Where where = new Grid.Where(input.name(), name.get());
            sheet = reading.sheet(where, tables.rows(where));
            return true;
        }
        HSSFWorkbook book = xls;
        if (book != null) {
            if (nextXlsSheet >= book.getNumberOfSheets()) {
                return false;
            }
            Sheet s = book.getSheetAt(nextXlsSheet++);
            if (README.contains(org.jisr.text.TextMatching.compactKey(s.getSheetName()))) {
                return nextSheet();
            }
            Grid.Where where = new Grid.Where(input.name(), s.getSheetName());
            sheet = reading.sheet(where, new XlsRows(s));
            return true;
        }
        XSSFReader.SheetIterator it = sheets;
        if (it == null || !it.hasNext()) {
            return false;
        }
        InputStream raw = it.next();
        if (README.contains(org.jisr.text.TextMatching.compactKey(it.getSheetName()))) {
            // The explanation sheet of a template is for people.
            raw.close();
            return nextSheet();
        }
        InputStream in = new Limited(raw);
        sheetStream = in;
        Grid.Where where = new Grid.Where(input.name(), it.getSheetName());
        SheetXmlRows rows = new SheetXmlRows(in, strings, styles, context, where);
        sheetRows = rows;
        sheet = reading.sheet(where, rows);
        return true;
    }

    /** A sheet's XML, cut short when the workbook's sheets add up to more than {@code maxExpandedBytes}. */
    private final class Limited extends FilterInputStream {
        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) <= 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (tooLarge) {
                return -1;
            }
            int n = super.read(b, off, len);
            if (n > 0) {
                bytes += n;
                if (bytes > context.limits().maxExpandedBytes()) {
                    tooLarge = true;
                    return -1;
                }
            }
            return n;
        }
    }

    private void failed(Exception e) {
        String message = String.valueOf(e.getMessage());
        if (message.toLowerCase(java.util.Locale.ROOT).contains("zip bomb")) {
            // POI's own guard (ZipSecureFile: inflate ratio 100, entries up to 4 GiB), behind Jisr's.
            context.report(SpreadsheetFindings.UNSAFE_ARCHIVE, start(), Map.of("reason",
                    "it expands more than 100 times or holds an entry too large"));
        } else {
            context.report(SpreadsheetFindings.UNREADABLE, start(), Map.of("reason",
                    e.getClass().getSimpleName() + ": " + message));
        }
    }

    private void closeSheet() throws IOException {
        sheet = null;
        SheetXmlRows rows = sheetRows;
        sheetRows = null;
        if (rows != null) {
            rows.close();
        }
        InputStream in = sheetStream;
        sheetStream = null;
        if (in != null) {
            in.close();
        }
    }

    private void finish(boolean complete) {
        if (done && !complete) {
            close();
            return;
        }
        done = true;
        if (complete && !reading.anyTable() && (pkg != null || xls != null || ods != null)) {
            reading.noTable(start());
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
        return r == null ? start() : r.locate(pointerInRecord);
    }

    @Override
    public void close() {
        done = true;
        try {
            closeSheet();
        } catch (IOException e) {
            // closing a stream read to its end
        }
        OPCPackage p = pkg;
        pkg = null;
        if (p != null) {
            p.revert();
        }
        OdsTables tables = ods;
        ods = null;
        if (tables != null) {
            tables.close();
        }
        InputStream odsIn = odsStream;
        odsStream = null;
        if (odsIn != null) {
            try {
                odsIn.close();
            } catch (IOException e) {
                // nothing more to read
            }
        }
        Path file = spooled;
        spooled = null;
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file left behind is deleted with the system's temporary files
            }
        }
        HSSFWorkbook book = xls;
        xls = null;
        if (book != null) {
            try {
                book.close();
            } catch (IOException e) {
                // nothing was written
            }
        }
    }
}
