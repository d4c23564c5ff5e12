/**
 * Hostile-input testing for readers: {@link org.jisr.testkit.fuzz.ReaderContract} feeds bytes
 * to a real reader and checks what every reader promises whatever it is given (no exception
 * escapes, every finding is located, reading ends), and {@link org.jisr.testkit.fuzz.Mutations}
 * makes jqwik arbitraries of broken variants of valid files (bit flips, inserted and deleted
 * bytes, truncation, splicing, duplicated lines, and the same inside the entries of a zip
 * container). Both serve coverage-guided fuzz tests (Jazzer) as well as jqwik properties; neither
 * depends on a fuzzer.
 *
 * @since 0.1
 */
@NullMarked
package org.jisr.testkit.fuzz;

import org.jspecify.annotations.NullMarked;
