/**
 * Validation of exchange files: what is wrong, exactly where, in the reader's language.
 *
 * <p>A {@link org.jisr.validation.Validator} checks a document or a record stream in four
 * layers — {@linkplain org.jisr.validation.Layer#SYNTAX syntax}, {@linkplain
 * org.jisr.validation.Layer#SCHEMA schema}, {@linkplain org.jisr.validation.Layer#MODEL model}
 * and {@linkplain org.jisr.validation.Layer#RULE rules} — and reports every problem as a
 * {@link org.jisr.validation.Finding}: a stable code, a severity, parameters and a
 * {@link org.jisr.validation.Location}. Findings never escape as exceptions. Messages are not
 * part of a finding: {@link org.jisr.validation.FindingMessages} renders them from the code and
 * parameters in French, Arabic or English when a report is written.
 *
 * <p>Users add their own checks by implementing {@link org.jisr.validation.Rule} and
 * registering it with {@code ServiceLoader}; {@link org.jisr.validation.RuleProfile} switches
 * rules off or changes the severity of a code.
 *
 * @since 0.1
 */
@NullMarked
package org.jisr.validation;

import org.jspecify.annotations.NullMarked;
