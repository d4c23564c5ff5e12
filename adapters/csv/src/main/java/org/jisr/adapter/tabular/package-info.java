/**
 * The tabular mapping between Jisr's records and spreadsheets, shared by the CSV and xlsx
 * adapters: {@link org.jisr.adapter.tabular.TabularMapping} (a mapping file, or a built-in one),
 * and the findings the spreadsheet adapters report, {@link org.jisr.adapter.tabular.SpreadsheetFindings}.
 * The format of mapping files is described in {@code docs/adapters/spreadsheets.md}.
 *
 * <p>Everything here is immutable and thread-safe; nothing accepts or returns {@code null}.
 *
 * @since 0.1
 */
@NullMarked
package org.jisr.adapter.tabular;

import org.jspecify.annotations.NullMarked;
