/** The xlsx container: a streaming reader of sheets (StAX over the sheet XML), the .xls reader, the streaming writer. */
@NullMarked
package org.jisr.adapter.xlsx.internal;

import org.jspecify.annotations.NullMarked;
