package org.jisr.adapter.csv.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jisr.adapter.tabular.SpreadsheetFindings;
import org.jisr.adapter.tabular.internal.Cells;
import org.jisr.adapter.tabular.internal.Grid;
import org.jisr.core.JisrIOException;
import org.jisr.spi.AdapterContext;
import org.jisr.validation.Location;

/**
 * Reads a CSV file as rows of cells, byte by byte, so that the separators, quotes and line ends
 * (all ASCII) are found whatever the encoding, and each cell is decoded on its own: a file that
 * announces UTF-8 but holds Windows-1252 bytes, or mixes both, is read cell by cell, and every
 * cell is located by its line and character column. RFC 4180, read leniently: a quote inside an
 * unquoted cell is kept as it is, line ends may be CRLF, LF or CR, and may differ from line to line.
 * Memory holds one row. Not thread-safe.
 */
public final class CsvRows implements Grid.RowSource {

    /** The encodings a CSV file is read in, as reported. */
    public enum Encoding {
        /** UTF-8 without a byte order mark. */
        UTF8("UTF-8"),
        /** UTF-8 with a byte order mark. */
        UTF8_BOM("UTF-8 with BOM"),
        /** A UTF-8 byte order mark, then Windows-1252 bytes. */
        BOM_THEN_1252("UTF-8 BOM then Windows-1252"),
        /** Windows-1252 (a superset of ISO-8859-1 that French Windows uses). */
        WINDOWS_1252("Windows-1252");

        private final String label;

        Encoding(String label) {
            this.label = label;
        }

        /**
         * Its name in reports.
         *
         * @return the name
         */
        public String label() {
            return label;
        }
    }

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final int SAMPLE = 64 * 1024;

    private final InputStream in;
    private final AdapterContext context;
    private final Grid.Where where;
    private final Encoding encoding;
    private final byte separator;
    private final long maxBytes;
    private final int maxCellBytes;
    private final byte[] buffer = new byte[16 * 1024];
    private final ByteArrayOutputStream cell = new ByteArrayOutputStream();
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private int position;
    private int limit;
    private long consumed;
    private int line = 1;
    private int column = 1;
    private int row;
    /** The 0-based column of the cell being read, for the location of a limit. */
    private int cellIndex;
    private boolean ended;
    private boolean switched;

    private CsvRows(InputStream in, AdapterContext context, Grid.Where where, Encoding encoding, byte separator,
            int skip) {
        this.in = in;
        this.context = context;
        this.where = where;
        this.encoding = encoding;
        this.separator = separator;
        this.maxBytes = context.limits().maxDocumentBytes();
        // UTF-8 needs at most 4 bytes a character: a bound in bytes while reading, checked in
        // characters once the cell is decoded.
        this.maxCellBytes = (int) Math.min(Integer.MAX_VALUE - 8, 4L * context.limits().maxCellLength() + 4);
        this.position = 0;
        this.limit = 0;
        this.consumed = 0;
        // The byte order mark is not part of the first cell.
        skipBytes(skip);
    }

    /**
     * Opens a CSV file: detects its encoding and separator from its first bytes and reports both
     * as info findings.
     *
     * @param in      the file's bytes; closed by the caller
     * @param context where to report, and the limits
     * @param where   where the file is
     * @return the rows
     */
    public static CsvRows open(InputStream in, AdapterContext context, Grid.Where where) {
        java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(in, SAMPLE + 16);
        byte[] sample;
        try {
            buffered.mark(SAMPLE + 8);
            sample = buffered.readNBytes(SAMPLE);
            buffered.reset();
        } catch (IOException e) {
            throw new JisrIOException("cannot read " + where.file(), e);
        }
        boolean bom = sample.length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB
                && (sample[2] & 0xFF) == 0xBF;
        int from = bom ? 3 : 0;
        boolean utf8 = validUtf8(sample, from, sample.length - from, sample.length == SAMPLE);
        Encoding encoding = bom ? (utf8 ? Encoding.UTF8_BOM : Encoding.BOM_THEN_1252)
                : utf8 ? Encoding.UTF8 : Encoding.WINDOWS_1252;
        byte separator = separator(sample, from);
        if (sample.length > from) {
            context.report(SpreadsheetFindings.ENCODING, where.start(), Map.of("encoding", encoding.label()));
            context.report(SpreadsheetFindings.SEPARATOR, where.start(), Map.of("separator", name(separator)));
        }
        return new CsvRows(buffered, context, where, encoding, separator, from);
    }

    /**
     * Guesses the separator of a sample: the one of {@code ; , TAB |} that appears, outside quotes,
     * the same number of times on most of its first lines.
     *
     * @param sample the first bytes
     * @param from   where the text starts
     * @return the separator
     */
    static byte separator(byte[] sample, int from) {
        byte[] candidates = {';', ',', '\t', '|'};
        List<int[]> lines = new ArrayList<>();
        int[] counts = new int[candidates.length];
        boolean quoted = false;
        for (int i = from; i < sample.length && lines.size() < 30; i++) {
            byte b = sample[i];
            if (b == '"') {
                quoted = !quoted;
            } else if (!quoted && (b == '\n' || b == '\r')) {
                if (b == '\r' && i + 1 < sample.length && sample[i + 1] == '\n') {
                    i++;
                }
                lines.add(counts);
                counts = new int[candidates.length];
            } else if (!quoted) {
                for (int c = 0; c < candidates.length; c++) {
                    if (b == candidates[c]) {
                        counts[c]++;
                    }
                }
            }
        }
        if (lines.isEmpty() || counts[0] + counts[1] + counts[2] + counts[3] > 0) {
            lines.add(counts);
        }
        byte best = ',';
        int bestScore = 0;
        for (int c = 0; c < candidates.length; c++) {
            java.util.Map<Integer, Integer> frequency = new java.util.HashMap<>();
            for (int[] l : lines) {
                if (l[c] > 0) {
                    frequency.merge(l[c], 1, Integer::sum);
                }
            }
            int score = frequency.values().stream().max(Integer::compare).orElse(0);
            if (score > bestScore) {
                bestScore = score;
                best = candidates[c];
            }
        }
        return best;
    }

    private static String name(byte separator) {
        return switch (separator) {
            case '\t' -> "TAB";
            default -> String.valueOf((char) separator);
        };
    }

    /** Whether bytes are UTF-8; a character cut by the end of a truncated sample does not count. */
    static boolean validUtf8(byte[] bytes, int from, int length, boolean truncated) {
        int end = from + length;
        int i = from;
        while (i < end) {
            int b = bytes[i] & 0xFF;
            int n = b < 0x80 ? 0 : b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
            if (n < 0) {
                return false;
            }
            if (i + n >= end && n > 0) {
                return truncated;
            }
            for (int k = 1; k <= n; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += n + 1;
        }
        return true;
    }

    /**
     * The encoding found.
     *
     * @return the encoding
     */
    public Encoding encoding() {
        return encoding;
    }

    @Override
    public Optional<Grid.Row> next() {
        if (ended) {
            return Optional.empty();
        }
        List<Grid.Cell> cells = new ArrayList<>();
        row++;
        int index = 0;
        long rowLength = 0;
        while (true) {
            int startLine = line;
            int startColumn = column;
            cellIndex = index;
            int b = peekByte();
            if (b < 0 && index == 0) {
                ended = true;
                return Optional.empty();
            }
            cell.reset();
            boolean quoted = false;
            if (b == '"') {
                quoted = true;
                take();
            }
            int end = quoted ? quotedCell(startLine, startColumn) : plainCell();
            if (end == -2) {
                ended = true;
                return Optional.empty();
            }
            String text = decode(startLine, startColumn, index);
            rowLength += text.length() + 1;
            if (text.length() > context.limits().maxCellLength()) {
                exceeded(Cells.a1(index, row), "maxCellLength", context.limits().maxCellLength());
                ended = true;
                return Optional.empty();
            }
            if (index >= context.limits().maxColumns()) {
                // Each cell of a row is held until the row ends: a row of separators is a bomb too.
                exceeded(Cells.a1(index, row), "maxColumns", context.limits().maxColumns());
                ended = true;
                return Optional.empty();
            }
            if (rowLength > context.limits().maxLineLength()) {
                exceeded(Cells.a1(index, row), "maxLineLength", context.limits().maxLineLength());
                ended = true;
                return Optional.empty();
            }
            cells.add(new Grid.Cell(index, text, startLine, startColumn));
            index++;
            if (end == separator) {
                continue;
            }
            return Optional.of(new Grid.Row(row, List.copyOf(cells)));
        }
    }

    /** Reads an unquoted cell; returns the byte that ended it (separator, newline) or -1 at the end. */
    private int plainCell() {
        while (true) {
            int b = peekByte();
            if (b < 0) {
                return -1;
            }
            if (b == separator) {
                take();
                return separator;
            }
            if (b == '\n' || b == '\r') {
                newline();
                return '\n';
            }
            if (!append(take())) {
                return -2;
            }
        }
    }

    /** Reads a quoted cell after its opening quote. */
    private int quotedCell(int startLine, int startColumn) {
        while (true) {
            int b = peekByte();
            if (b < 0) {
                context.report(SpreadsheetFindings.UNCLOSED_QUOTE, Location.ofCell(where.file(), where.sheet(),
                        Cells.a1(0, row), startLine, startColumn), Map.of());
                return -1;
            }
            take();
            if (b == '"') {
                int next = peekByte();
                if (next == '"') {
                    take();
                    if (!append('"')) {
                        return -2;
                    }
                    continue;
                }
                // The closing quote: what follows until the separator is kept as it is (lenient).
                return plainCell();
            }
            if (b == '\n' || b == '\r') {
                if (b == '\r' && peekByte() == '\n') {
                    take();
                    if (!append('\r')) {
                        return -2;
                    }
                    b = '\n';
                }
                line++;
                column = 1;
            }
            if (!append(b)) {
                return -2;
            }
        }
    }

    private void newline() {
        int b = take();
        if (b == '\r' && peekByte() == '\n') {
            take();
        }
        line++;
        column = 1;
    }

    private boolean append(int b) {
        if (cell.size() >= maxCellBytes) {
            exceeded(Cells.a1(cellIndex, row), "maxCellLength", context.limits().maxCellLength());
            return false;
        }
        cell.write(b);
        return true;
    }

    private void exceeded(String cellReference, String limit, long maximum) {
        context.report(SpreadsheetFindings.LIMIT_EXCEEDED, Location.ofCell(where.file(), where.sheet(),
                cellReference, line, column), Map.of("limit", limit, "maximum", String.valueOf(maximum)));
    }

    private String decode(int startLine, int startColumn, int index) {
        byte[] bytes = cell.toByteArray();
        if (encoding == Encoding.UTF8 || encoding == Encoding.UTF8_BOM) {
            try {
                return utf8.decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                if (!switched) {
                    switched = true;
                    context.report(SpreadsheetFindings.ENCODING_SWITCHED, Location.ofCell(where.file(), where.sheet(),
                            Cells.a1(index, row), startLine, startColumn), Map.of());
                }
                return new String(bytes, CP1252);
            }
        }
        CharBuffer chars = CP1252.decode(ByteBuffer.wrap(bytes));
        return chars.toString();
    }

    private int peekByte() {
        if (position == limit) {
            if (consumed > maxBytes) {
                context.report(SpreadsheetFindings.LIMIT_EXCEEDED, Location.ofCell(where.file(), where.sheet(),
                        Cells.a1(0, row), line, column), Map.of("limit", "maxDocumentBytes",
                                "maximum", String.valueOf(maxBytes)));
                ended = true;
                return -1;
            }
            try {
                int n = in.read(buffer, 0, buffer.length);
                if (n <= 0) {
                    return -1;
                }
                position = 0;
                limit = n;
                consumed += n;
            } catch (IOException e) {
                throw new JisrIOException("cannot read " + where.file(), e);
            }
        }
        return buffer[position] & 0xFF;
    }

    private int take() {
        int b = peekByte();
        if (b >= 0) {
            position++;
            // A character column counts characters: UTF-8 continuation bytes do not start one.
            boolean utf = encoding == Encoding.UTF8 || encoding == Encoding.UTF8_BOM;
            if (!utf || (b & 0xC0) != 0x80) {
                column++;
            }
        }
        return b;
    }

    private void skipBytes(int n) {
        for (int i = 0; i < n; i++) {
            if (peekByte() >= 0) {
                position++;
            }
        }
    }
}
