package org.jisr.validation;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a finding is: the file, the JSON Pointer (RFC 6901) of the value in it, and the 1-based
 * line and column where that value starts. For spreadsheets, the sheet and the cell
 * ({@code C7}) too.
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

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + (pointer.isEmpty() ? "" : " " + pointer);
    }
}
