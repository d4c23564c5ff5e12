package org.jisr.adapter.tabular.internal;

import java.util.regex.Pattern;

/**
 * Cell references in A1 notation, and the neutralisation of text that a spreadsheet would run as
 * a formula.
 *
 * <p>A text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return — possibly after apostrophes — is written with one more apostrophe in front, so that no
 * spreadsheet runs it (CSV injection, OWASP); reading removes one apostrophe from a cell that
 * starts with apostrophes followed by one of those characters. The two are inverse: every text
 * comes back as it was, and a written cell never starts with one of those characters.
 */
public final class Cells {

    private static final Pattern DANGEROUS = Pattern.compile("'*[=+\\-@\\t\\r]");
    private static final Pattern NEUTRALIZED = Pattern.compile("'+[=+\\-@\\t\\r]");

    /** A start that spreadsheets run whatever follows. */
    private static final Pattern FORMULA = Pattern.compile("[=@\\t\\r].*|[+\\-].*[A-Za-z(|!=@\"].*",
            Pattern.DOTALL);
    /** Numbers and telephone numbers, which start with + or - harmlessly. */
    private static final Pattern NUMBER_LIKE = Pattern.compile("[+\\-][0-9 .,()/\\-+eE]*");

    private Cells() {
    }

    /**
     * Whether a cell's text, as read (before {@link #restore}), starts like a formula a spreadsheet
     * would run: {@code =…}, {@code @…}, a tab or a carriage return, or {@code +}/{@code -}
     * followed by more than a number or a telephone number. A cell that {@link #neutralize}
     * wrote starts with an apostrophe and is not one.
     *
     * @param cell the cell's text
     * @return whether it looks like a formula
     */
    public static boolean formulaLike(String cell) {
        return FORMULA.matcher(cell).matches() && !NUMBER_LIKE.matcher(cell).matches();
    }

    /**
     * Returns the text to write in a cell.
     *
     * @param text the value
     * @return the text, with an apostrophe in front when a spreadsheet could run it
     */
    public static String neutralize(String text) {
        return DANGEROUS.matcher(text).lookingAt() ? "'" + text : text;
    }

    /**
     * Returns the value of a text cell written by {@link #neutralize}.
     *
     * @param cell the cell's text
     * @return the value
     */
    public static String restore(String cell) {
        return NEUTRALIZED.matcher(cell).lookingAt() ? cell.substring(1) : cell;
    }

    /**
     * The letters of a column: 0 → A, 25 → Z, 26 → AA.
     *
     * @param column 0-based column
     * @return the letters
     */
    public static String columnName(int column) {
        StringBuilder s = new StringBuilder();
        int n = column + 1;
        while (n > 0) {
            int r = (n - 1) % 26;
            s.insert(0, (char) ('A' + r));
            n = (n - 1) / 26;
        }
        return s.toString();
    }

    /**
     * A cell reference: {@code C7}.
     *
     * @param column 0-based column
     * @param row    1-based row
     * @return the reference
     */
    public static String a1(int column, int row) {
        return columnName(column) + row;
    }
}
