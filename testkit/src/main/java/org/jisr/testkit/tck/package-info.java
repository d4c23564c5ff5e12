/**
 * The adapter contract tests (TCK): what every Jisr adapter, built-in or third-party, must pass.
 * Extend {@link org.jisr.testkit.tck.AdapterContractTest} with the adapter and a few sample files
 * of its format; JUnit runs the tests its descriptor's capabilities call for. The context, input
 * and output the tests give the adapter ({@link org.jisr.testkit.tck.RecordingContext},
 * {@link org.jisr.testkit.tck.RecordingInput}, {@link org.jisr.testkit.tck.RecordingOutput}) are
 * real implementations that record what the adapter does; use them in an adapter's own tests too.
 *
 * @since 0.1
 */
@NullMarked
package org.jisr.testkit.tck;

import org.jspecify.annotations.NullMarked;
