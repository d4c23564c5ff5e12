package org.jisr.core;

/**
 * Versions of the exchange format that this build of Jisr reads and writes.
 *
 * @since 0.1
 */
public final class JisrVersion {
    /** The version of the exchange format, written as {@code "jisr": "1.0"} in every document. */
    public static final String FORMAT = "1.0";

    private JisrVersion() {
    }
}
