/**
 * Jisr's built-in rules: the checks of the rule layer that no schema can express (ids are
 * unique, references resolve to records of the right type, a child event lies within its
 * parent, a partnership joins distinct authorities of two countries, dates are plausible,
 * texts are given in a consistent set of languages). Each is a {@link org.jisr.validation.Rule}
 * registered both in {@code META-INF/services} and in {@code module-info.java}.
 *
 * <p>Every rule here is stateless: what it learns during one validation lives in
 * {@link org.jisr.validation.RuleContext#state}.
 */
@NullMarked
package org.jisr.validation.internal.rules;

import org.jspecify.annotations.NullMarked;
