/**
 * The xlsx adapters {@code xlsx-fr} and {@code xlsx-tn}: workbooks ({@code .xlsx}, and {@code .xls}
 * for reading) read and written with a {@link org.jisr.adapter.tabular.TabularMapping}, one sheet
 * per table.
 *
 * <p>Adapters are stateless and thread-safe; nothing accepts or returns {@code null}.
 *
 * @since 0.1
 */
@NullMarked
package org.jisr.adapter.xlsx;

import org.jspecify.annotations.NullMarked;
