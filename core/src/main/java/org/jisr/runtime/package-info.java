/**
 * The Jisr runtime for hosts: {@link org.jisr.runtime.Jisr}, an immutable, thread-safe object
 * built once, holds the adapters discovered (built-in, class path, module path, plugin folder),
 * the {@linkplain org.jisr.runtime.PluginProblem problems} met discovering them, the
 * {@linkplain org.jisr.runtime.Selection choice} of an adapter for an input, and the validator.
 *
 * <p>Adapters are plugin code: discovery isolates every provider (a broken one is reported with a
 * one-line diagnosis and skipped), and every call into an adapter goes through one guard that
 * turns what it throws into an {@code adapter.failed} finding. Adapter authors do not need this
 * package: they implement {@code org.jisr.spi}.
 *
 * @since 0.1
 */
@NullMarked
package org.jisr.runtime;

import org.jspecify.annotations.NullMarked;
