/**
 * Test support for code that uses Jisr. {@link org.jisr.testkit.JisrArbitraries} generates
 * realistic, schema-valid records and documents — Arabic, French and English texts, identifiers
 * with correct shapes and check digits, periods in the right order — for jqwik property tests;
 * {@link org.jisr.testkit.JisrArbitraryProvider} lets a property simply declare
 * {@code @ForAll Event event}.
 *
 * @since 0.1
 */
@NullMarked
package org.jisr.testkit;

import org.jspecify.annotations.NullMarked;
