/**
 * The engine of the tabular mapping: mapping files parsed, header rows found, rows turned into
 * records and records into rows, values read and written. Exported only to the xlsx adapters.
 */
@NullMarked
package org.jisr.adapter.tabular.internal;

import org.jspecify.annotations.NullMarked;
