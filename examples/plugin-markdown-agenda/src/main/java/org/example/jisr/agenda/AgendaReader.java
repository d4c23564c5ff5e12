package org.example.jisr.agenda;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.example.jisr.agenda.MarkdownCells.Cell;
import org.example.jisr.agenda.MarkdownCells.Tagged;
import org.jisr.model.Event;
import org.jisr.model.EventKind;
import org.jisr.model.JisrRecord;
import org.jisr.model.MultilingualText;
import org.jisr.model.Place;
import org.jisr.model.TimeSpan;
import org.jisr.spi.AdapterContext;
import org.jisr.spi.AdapterInput;
import org.jisr.spi.support.AbstractRecordReader;
import org.jisr.spi.support.TextLineReader;
import org.jisr.validation.FindingType;
import org.jisr.validation.Location;
import org.jspecify.annotations.Nullable;

/**
 * Reads the events of an agenda, one table row at a time. Text outside tables (headings,
 * paragraphs) and tables without an {@code Id} column are not the agenda's and are passed over;
 * an agenda may be split into several tables (one per year, say). Every problem is reported with
 * its line and column; a row with an error is skipped.
 */
final class AgendaReader extends AbstractRecordReader implements TextLineReader.Problems {

    private final AdapterInput input;
    private final AdapterContext context;
    private @Nullable TextLineReader lines;
    private boolean sawTable;
    private boolean finished;
    /** True once reading stopped at a line too long. */
    private boolean stopped;
    /** The columns of the table being read, by index; null outside an agenda table. */
    private @Nullable Map<Integer, AgendaColumn> columns;
    private int headerSize;
    /** True while passing over the rows of a table that cannot be read. */
    private boolean skippingTable;
    private long records;
    /** Where the values of the last record are: JSON Pointer to line and column. */
    private final Map<String, int[]> positions = new HashMap<>();

    AgendaReader(AdapterInput input, AdapterContext context) {
        super(input.name());
        this.input = input;
        this.context = context;
        recordAt(Location.of(input.name(), "", 1, 1));
    }

    @Override
    public Optional<JisrRecord> next() {
        if (finished) {
            return Optional.empty();
        }
        if (lines == null) {
            lines = closeLater(TextLineReader.open(input, context, this));
        }
        while (true) {
            Optional<String> line = lines.next();
            if (line.isEmpty()) {
                boolean empty = lines.lineNumber() == 0;
                finish();
                if (!sawTable && !stopped) {
                    report(AgendaFindings.NO_TABLE, empty ? 0 : 1, empty ? 0 : 1);
                }
                return Optional.empty();
            }
            String text = line.get();
            int lineNumber = lines.lineNumber();
            boolean row = MarkdownCells.isRow(text);
            long bars = row ? text.chars().filter(c -> c == '|').count() : 0;
            if (bars > context.limits().maxColumns() + 1L) {
                // Splitting would hold a cell for each bar: a line of bars is a memory bomb. No
                // agenda header is that wide, and a row that wide cannot match its header.
                if (columns != null && !skippingTable) {
                    report(AgendaFindings.CELL_COUNT, lineNumber, 1, "expected", String.valueOf(headerSize), "found",
                            String.valueOf(bars - 1));
                }
                continue;
            }
            if (columns == null && !skippingTable) {
                if (row) {
                    List<Cell> header = MarkdownCells.split(text);
                    if (header.stream().anyMatch(c -> AgendaColumn.isId(MarkdownCells.unescape(c.raw())))) {
                        startTable(lineNumber, header);
                    }
                }
                continue;
            }
            if (!row) {
                columns = null;
                skippingTable = false;
                continue;
            }
            if (skippingTable) {
                continue;
            }
            Optional<Event> event = event(lineNumber, MarkdownCells.split(text));
            if (event.isPresent()) {
                if (++records > context.limits().maxRecords()) {
                    report(AgendaFindings.TOO_MANY_RECORDS, lineNumber, 1, "limit",
                            String.valueOf(context.limits().maxRecords()));
                    finish();
                    return Optional.empty();
                }
                return Optional.of(event.get());
            }
        }
    }

    private void startTable(int lineNumber, List<Cell> header) {
        sawTable = true;
        skippingTable = true;
        // The delimiter row is the very next line: not after a line that could not be read.
        TextLineReader reader = Objects.requireNonNull(lines);
        Optional<String> delimiter = reader.next().filter(d -> reader.lineNumber() == lineNumber + 1);
        if (stopped) {
            return;
        }
        if (delimiter.isEmpty() || !MarkdownCells.isRow(delimiter.get())
                || !MarkdownCells.isDelimiterRow(MarkdownCells.split(delimiter.get()))
                || MarkdownCells.split(delimiter.get()).size() != header.size()) {
            report(AgendaFindings.DELIMITER_ROW, lineNumber, 1);
            return;
        }
        Map<Integer, AgendaColumn> found = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            Cell cell = header.get(i);
            String name = MarkdownCells.unescape(cell.raw());
            Optional<AgendaColumn> column = AgendaColumn.named(name).filter(c -> !found.containsValue(c));
            if (column.isPresent()) {
                found.put(i, column.get());
            } else {
                report(AgendaFindings.UNKNOWN_COLUMN, lineNumber, cell.column(), "column", name);
            }
        }
        boolean complete = true;
        for (AgendaColumn required : List.of(AgendaColumn.DATE, AgendaColumn.KIND, AgendaColumn.ID)) {
            if (!found.containsValue(required)) {
                report(AgendaFindings.MISSING_COLUMN, lineNumber, 1, "column", required.header());
                complete = false;
            }
        }
        if (!found.containsValue(AgendaColumn.TITLE_FR) && !found.containsValue(AgendaColumn.TITLE_AR)) {
            report(AgendaFindings.MISSING_COLUMN, lineNumber, 1, "column", AgendaColumn.TITLE_FR.header());
            complete = false;
        }
        if (complete) {
            columns = found;
            headerSize = header.size();
            skippingTable = false;
        }
    }

    /** Builds the event of a row, or reports why it cannot. */
    private Optional<Event> event(int lineNumber, List<Cell> row) {
        if (row.size() != headerSize) {
            report(AgendaFindings.CELL_COUNT, lineNumber, 1, "expected", String.valueOf(headerSize), "found",
                    String.valueOf(row.size()));
            return Optional.empty();
        }
        Map<AgendaColumn, Cell> cells = new EnumMap<>(AgendaColumn.class);
        columns.forEach((index, column) -> cells.put(column, row.get(index)));
        recordAt(Location.of(input.name(), "", lineNumber, 1));
        positions.clear();
        boolean readable = true;

        String id = required(cells, AgendaColumn.ID, lineNumber);
        readable &= id != null;
        Temporal start = null;
        if (required(cells, AgendaColumn.DATE, lineNumber) != null) {
            start = temporal(cells.get(AgendaColumn.DATE), AgendaColumn.DATE, lineNumber);
        }
        readable &= start != null;
        Cell endCell = cells.get(AgendaColumn.END);
        Temporal end = null;
        if (endCell != null && !endCell.isEmpty()) {
            end = temporal(endCell, AgendaColumn.END, lineNumber);
            readable &= end != null;
            if (start != null && end != null && start.getClass() != end.getClass()) {
                report(AgendaFindings.MIXED_PERIOD, lineNumber, endCell.column(), "start",
                        MarkdownCells.unescape(cells.get(AgendaColumn.DATE).raw()), "end",
                        MarkdownCells.unescape(endCell.raw()));
                readable = false;
            }
        }
        EventKind kind = null;
        String kindText = required(cells, AgendaColumn.KIND, lineNumber);
        if (kindText != null) {
            kind = EventKinds.parse(kindText).orElse(null);
            if (kind == null) {
                report(AgendaFindings.UNKNOWN_TYPE, lineNumber, cells.get(AgendaColumn.KIND).column(), "value",
                        kindText);
            }
        }
        readable &= kind != null;
        MultilingualText title = title(cells, lineNumber);
        readable &= title != null;
        if (!readable) {
            return Optional.empty();
        }

        Event.Builder event = Event.builder(id).kind(kind).title(title).period(new TimeSpan(start, end, null));
        Cell venue = cells.get(AgendaColumn.VENUE);
        if (venue != null) {
            TreeMap<String, String> names = new TreeMap<>();
            for (Tagged name : MarkdownCells.texts(venue, AgendaColumn.VENUE.language())) {
                if (names.putIfAbsent(name.language(), name.text()) != null) {
                    report(AgendaFindings.DUPLICATE_LANGUAGE, lineNumber, venue.column(), "language",
                            name.language());
                }
            }
            if (!names.isEmpty()) {
                event.venue(new Place(new MultilingualText(names), null, null, null, null, null));
                at("/venue", lineNumber, venue.column());
            }
        }
        at("/id", lineNumber, cells.get(AgendaColumn.ID).column());
        at("/kind", lineNumber, cells.get(AgendaColumn.KIND).column());
        at("/period", lineNumber, cells.get(AgendaColumn.DATE).column());
        at("/period/start", lineNumber, cells.get(AgendaColumn.DATE).column());
        if (endCell != null) {
            at("/period/end", lineNumber, endCell.column());
        }
        return Optional.of(event.build());
    }

    /** The text of a cell that must not be empty, or null after reporting it. */
    private @Nullable String required(Map<AgendaColumn, Cell> cells, AgendaColumn column, int lineNumber) {
        Cell cell = cells.get(column);
        String text = MarkdownCells.unescape(cell.raw()).strip();
        if (text.isEmpty()) {
            report(AgendaFindings.MISSING_VALUE, lineNumber, cell.column(), "column", column.header());
            return null;
        }
        return text;
    }

    private @Nullable Temporal temporal(Cell cell, AgendaColumn column, int lineNumber) {
        String text = MarkdownCells.unescape(cell.raw()).strip();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(text);
            } catch (DateTimeParseException notADateTime) {
                report(AgendaFindings.BAD_DATE, lineNumber, cell.column(), "column", column.header(), "value", text);
                return null;
            }
        }
    }

    private @Nullable MultilingualText title(Map<AgendaColumn, Cell> cells, int lineNumber) {
        TreeMap<String, String> texts = new TreeMap<>();
        for (AgendaColumn column : List.of(AgendaColumn.TITLE_FR, AgendaColumn.TITLE_AR)) {
            Cell cell = cells.get(column);
            if (cell == null) {
                continue;
            }
            for (Tagged title : MarkdownCells.texts(cell, column.language())) {
                if (texts.containsKey(title.language())) {
                    report(AgendaFindings.DUPLICATE_LANGUAGE, lineNumber, cell.column(), "language",
                            title.language());
                    continue;
                }
                texts.put(title.language(), title.text());
                at("/title/" + title.language(), lineNumber, cell.column());
                positions.putIfAbsent("/title", new int[] {lineNumber, cell.column()});
            }
        }
        if (texts.isEmpty()) {
            report(AgendaFindings.MISSING_TITLE, lineNumber, 1);
            return null;
        }
        return new MultilingualText(texts);
    }

    private void at(String pointer, int line, int column) {
        positions.put(pointer, new int[] {line, column});
    }

    /**
     * Locates a value of the last event read: the cell it came from, or the start of its row for
     * a value that has no cell of its own.
     */
    @Override
    public Location locate(String pointerInRecord) {
        String pointer = pointerInRecord;
        while (!pointer.isEmpty()) {
            int[] at = positions.get(pointer);
            if (at != null) {
                return Location.of(input.name(), "", at[0], at[1]);
            }
            pointer = pointer.substring(0, pointer.lastIndexOf('/'));
        }
        return super.locate(pointerInRecord);
    }

    private void report(FindingType type, int line, int column, String... parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            values.put(parameters[i], parameters[i + 1]);
        }
        context.report(type, Location.of(input.name(), "", line, column), values);
    }

    private void finish() {
        finished = true;
        close();
    }

    @Override
    public void close() {
        finished = true;
        super.close();
    }

    /** A line that is not UTF-8 is reported and passed over; a row on it is skipped. */
    @Override
    public void notUtf8(int line, int column) {
        report(AgendaFindings.INVALID_UTF8, line, column);
    }

    /** A line too long is reported and ends the reading. */
    @Override
    public void tooLong(int line, int maxLineLength) {
        stopped = true;
        report(AgendaFindings.LINE_TOO_LONG, line, 1, "limit", String.valueOf(maxLineLength));
    }
}
