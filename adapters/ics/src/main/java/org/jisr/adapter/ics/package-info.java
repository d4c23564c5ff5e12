/**
 * The iCalendar adapter ({@code ics}): {@link org.jisr.adapter.ics.IcsAdapter} reads VEVENTs as
 * Event records and writes Event records as VEVENTs, and {@link org.jisr.adapter.ics.IcsFindings}
 * lists the findings it reports, with their stable codes. The mapping, field by field, is in
 * {@code docs/adapters/ics.md}. Nothing here accepts or returns {@code null}.
 *
 * @since 0.1
 */
@NullMarked
package org.jisr.adapter.ics;

import org.jspecify.annotations.NullMarked;
