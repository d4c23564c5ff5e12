/**
 * Test support for code that uses Jisr.
 *
 * <ul>
 *   <li>{@link org.jisr.testkit.ExchangeAssertions#assertThatExchange(java.nio.file.Path)} validates
 *       an exchange file and asserts what its report says, in AssertJ's fluent style
 *       ({@link org.jisr.testkit.ExchangeAssert}, {@link org.jisr.testkit.FindingAssert}); a
 *       failure lists the findings as {@code file:line:column: severity code message}, in
 *       English, French or Arabic.</li>
 *   <li>{@link org.jisr.testkit.ExchangeFiles @ExchangeFiles} and
 *       {@link org.jisr.testkit.ExchangeFileTests} run one JUnit 5 test per exchange file of a
 *       folder.</li>
 *   <li>{@link org.jisr.testkit.JisrArbitraries} generates realistic, schema-valid records and
 *       documents — Arabic, French and English texts, identifiers with correct shapes and check
 *       digits, periods in the right order — for jqwik property tests;
 *       {@link org.jisr.testkit.JisrArbitraryProvider} lets a property simply declare
 *       {@code @ForAll Event event}.</li>
 *   <li>{@link org.jisr.testkit.tck.AdapterContractTest}, in {@code org.jisr.testkit.tck}: the
 *       contract tests (TCK) every adapter passes, built-in or third-party.</li>
 * </ul>
 *
 * <pre>{@code
 * @ParameterizedTest
 * @ExchangeFiles("src/test/resources/exports")
 * void every_export_is_valid(Path file) {
 *     assertThatExchange(file).isValid();
 * }
 * }</pre>
 *
 * <p>Nothing in this package accepts or returns {@code null}.
 *
 * @since 0.1
 */
@NullMarked
package org.jisr.testkit;

import org.jspecify.annotations.NullMarked;
