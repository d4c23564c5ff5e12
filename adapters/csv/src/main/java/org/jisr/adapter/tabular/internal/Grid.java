package org.jisr.adapter.tabular.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jisr.validation.Location;
import org.jspecify.annotations.Nullable;

/** The rows and cells the engine reads, whatever the container (CSV file, xlsx sheet). */
public final class Grid {

    private Grid() {
    }

    /**
     * A cell.
     *
     * @param column     0-based column
     * @param value      a {@link String}, or for typed spreadsheet cells a {@link BigDecimal},
     *                   {@link LocalDate}, {@link LocalDateTime} or {@link Boolean}
     * @param line       1-based line of the file where it starts (the row, in a spreadsheet)
     * @param charColumn 1-based character column where it starts (the column, in a spreadsheet)
     */
    public record Cell(int column, Object value, int line, int charColumn) {

        /**
         * Its text: the string, or the typed value as text (a number without exponent, an ISO date).
         *
         * @return the text
         */
        public String text() {
            if (value instanceof String s) {
                return s;
            }
            if (value instanceof BigDecimal n) {
                return n.stripTrailingZeros().scale() <= 0 ? n.setScale(0, java.math.RoundingMode.UNNECESSARY)
                        .toPlainString() : n.toPlainString();
            }
            return String.valueOf(value);
        }

        /**
         * Tells whether it holds nothing but white space.
         *
         * @return {@code true} when empty
         */
        public boolean blank() {
            return value instanceof String s && s.isBlank();
        }
    }

    /**
     * A row.
     *
     * @param number 1-based row number (in a CSV file, the number of the record, counting the header)
     * @param cells  its cells, by column (missing cells are not there)
     */
    public record Row(int number, List<Cell> cells) {

        /**
         * The cell of a column.
         *
         * @param column 0-based column
         * @return the cell, empty when the row has none there or it is blank
         */
        public Optional<Cell> cell(int column) {
            for (Cell c : cells) {
                if (c.column() == column) {
                    return c.blank() ? Optional.empty() : Optional.of(c);
                }
            }
            return Optional.empty();
        }

        /**
         * Tells whether every cell is blank.
         *
         * @return {@code true} when empty
         */
        public boolean blank() {
            return cells.stream().allMatch(Cell::blank);
        }

        /**
         * The line where the row starts.
         *
         * @return 1-based line
         */
        public int line() {
            return cells.isEmpty() ? number : cells.get(0).line();
        }
    }

    /** Gives the rows of one sheet, one at a time. */
    public interface RowSource {
        /**
         * The next row.
         *
         * @return the row, or empty at the end (or when reading had to stop)
         */
        Optional<Row> next();
    }

    /**
     * Where a sheet is: the input's name and the sheet (or CSV file in a bundle).
     *
     * @param file  the input's name
     * @param sheet the sheet, or {@code null} for a single CSV file
     */
    public record Where(String file, @Nullable String sheet) {

        /**
         * The location of a cell.
         *
         * @param cell the cell
         * @param row  its row
         * @return the location
         */
        public Location at(Cell cell, int row) {
            return Location.ofCell(file, sheet, Cells.a1(cell.column(), row), Math.max(1, cell.line()),
                    Math.max(1, cell.charColumn()));
        }

        /**
         * The location of a row (its first cell, column A).
         *
         * @param row the row
         * @return the location
         */
        public Location at(Row row) {
            int column = row.cells().isEmpty() ? 1 : row.cells().get(0).charColumn();
            return Location.ofCell(file, sheet, Cells.a1(0, row.number()), Math.max(1, row.line()), Math.max(1, column));
        }

        /**
         * The location of the start of the sheet.
         *
         * @return A1
         */
        public Location start() {
            return Location.ofCell(file, sheet, "A1", 1, 1);
        }
    }
}
