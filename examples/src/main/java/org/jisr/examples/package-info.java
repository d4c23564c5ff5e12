/**
 * Runnable examples of embedding Jisr, each exercised by a test.
 *
 * @since 0.1
 */
@NullMarked
package org.jisr.examples;

import org.jspecify.annotations.NullMarked;
