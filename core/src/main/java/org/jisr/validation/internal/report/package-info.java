/**
 * Renderings of a validation report (text, JSON, SARIF, HTML); reached through
 * {@link org.jisr.validation.ReportFormat}. Not API: may change at any time.
 */
@NullMarked
package org.jisr.validation.internal.report;

import org.jspecify.annotations.NullMarked;
