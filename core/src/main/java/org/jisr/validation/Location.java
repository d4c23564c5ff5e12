package org.jisr.validation;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a finding is: the file, the JSON Pointer (RFC 6901) of the value in it, and the 1-based
 * line and column where that value starts. For spreadsheets, the sheet and the cell
 * ({@code C7}) too: a spreadsheet has no lines, so there {@code line} is the 1-based row and
 * {@code column} the 1-based column of the cell (for a CSV file, the line and the character
 * column where the cell starts, which differ from its row when a cell spans several lines).
 *
 * @param file    the file name as given to the validator
 * @param pointer the JSON Pointer of the value, {@code ""} for the whole document
 * @param line    1-based line, 0 only when the input has no lines (an empty file)
 * @param column  1-based column, 0 only when the input has no lines
 * @param sheet   the spreadsheet's sheet, or {@code null}
 * @param cell    the spreadsheet's cell, such as {@code C7}, or {@code null}
 * @since 0.1
 */
public record Location(String file, String pointer, int line, int column, @Nullable String sheet,
        @Nullable String cell) {

    /** Creates a location. */
    public Location {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pointer, "pointer");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based (or 0 when unknown)");
        }
    }

    /**
     * A location in a JSON file.
     *
     * @param file    the file name
     * @param pointer the JSON Pointer
     * @param line    1-based line
     * @param column  1-based column
     * @return the location
     */
    public static Location of(String file, String pointer, int line, int column) {
        return new Location(file, pointer, line, column, null, null);
    }

    /**
     * A location in a spreadsheet or a CSV file: a cell named in A1 notation, on a sheet.
     *
     * @param file   the file name
     * @param sheet  the sheet (for a CSV bundle, the CSV file within it), or {@code null} for a
     *               single CSV file
     * @param cell   the cell in A1 notation, such as {@code C7}
     * @param line   1-based line (the row of the cell in a spreadsheet)
     * @param column 1-based column
     * @return the location, with an empty pointer
     * @since 0.1
     */
    public static Location ofCell(String file, @Nullable String sheet, String cell, int line, int column) {
        return new Location(file, "", line, column, sheet, Objects.requireNonNull(cell, "cell"));
    }

    /**
     * Returns {@code file:line:column}, then the cell in A1 notation ({@code Partenariats!C7})
     * for a spreadsheet, then the pointer when there is one.
     */
    @Override
    public String toString() {
        String at = sheet == null && cell == null ? ""
                : " " + (sheet == null ? "" : sheet + "!") + (cell == null ? "" : cell);
        return file + ":" + line + ":" + column + at + (pointer.isEmpty() ? "" : " " + pointer);
    }
}
