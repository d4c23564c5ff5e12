/**
 * The CSV adapters {@code csv-fr} and {@code csv-tn}: CSV files, zips and folders of CSV files
 * read and written with a {@link org.jisr.adapter.tabular.TabularMapping}.
 *
 * <p>Adapters are stateless and thread-safe; nothing accepts or returns {@code null}.
 *
 * @since 0.1
 */
@NullMarked
package org.jisr.adapter.csv;

import org.jspecify.annotations.NullMarked;
