/**
 * Types shared by every part of Jisr: the unchecked exception root {@link org.jisr.core.JisrException}
 * and the version constants of the library and its format.
 *
 * @since 0.1
 */
@NullMarked
package org.jisr.core;

import org.jspecify.annotations.NullMarked;
