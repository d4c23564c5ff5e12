/**
 * The iCalendar adapter's implementation: content lines read and written byte-exactly, time zones,
 * recurrence, and the mapping between VEVENTs and Event records. Not exported; may change at any
 * time. Nothing here is {@code null} unless marked.
 */
@NullMarked
package org.jisr.adapter.ics.internal;

import org.jspecify.annotations.NullMarked;
