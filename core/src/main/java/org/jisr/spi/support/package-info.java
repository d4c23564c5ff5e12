/**
 * Base classes and helpers for the common cases of writing an adapter: {@link
 * org.jisr.spi.support.Detections} computes a {@link org.jisr.spi.Detection} from an input's name
 * and first bytes, {@link org.jisr.spi.support.TextLineReader} reads a text input as strictly
 * decoded UTF-8 lines within the read limits, and {@link org.jisr.spi.support.AbstractRecordReader}
 * gives a {@link org.jisr.spi.RecordReader} its metadata, location and closing defaults.
 *
 * <p>Using them is optional: they only build on the SPI of {@code org.jisr.spi}, and no
 * third-party type appears in their signatures. Nothing here is {@code null} unless marked.
 *
 * @since 0.1
 */
@NullMarked
package org.jisr.spi.support;

import org.jspecify.annotations.NullMarked;
