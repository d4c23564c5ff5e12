/**
 * Renderings of a validation report (text, JSON); reached through
 * {@link org.jisr.validation.ReportFormat}. Not API: may change at any time.
 */
@NullMarked
package org.jisr.validation.internal.report;

import org.jspecify.annotations.NullMarked;
