/**
 * The adapter SPI: what a plugin implements to teach Jisr a format. An {@link org.jisr.spi.Adapter}
 * declares itself in an {@link org.jisr.spi.AdapterDescriptor} (id, formats, direction, the record
 * types it carries and the fields it cannot carry), {@linkplain org.jisr.spi.Adapter#detect
 * detects} whether it can read an input, {@linkplain org.jisr.spi.Adapter#openReader reads}
 * records as a stream with located findings, and {@linkplain org.jisr.spi.Adapter#openWriter
 * writes} records, reporting what it could not carry.
 *
 * <p>Adapter authors compile against this package (and {@code org.jisr.model},
 * {@code org.jisr.validation} for findings) only. No checked exception and no third-party type
 * appears here; I/O failures are wrapped in {@link org.jisr.core.JisrIOException}. Register an
 * adapter both ways: {@code META-INF/services/org.jisr.spi.Adapter} for the class path and
 * {@code provides org.jisr.spi.Adapter with …} for the module path. Base classes for common
 * cases are in {@code org.jisr.spi.support}; the contract tests every adapter must pass are in
 * {@code jisr-testkit}.
 *
 * @since 0.1
 */
@NullMarked
package org.jisr.spi;

import org.jspecify.annotations.NullMarked;
