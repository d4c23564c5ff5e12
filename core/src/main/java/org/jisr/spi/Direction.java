package org.jisr.spi;

/**
 * What an adapter can do with its format.
 *
 * @since 0.1
 */
public enum Direction {
    /** It reads the format into records. */
    READ,
    /** It writes records in the format. */
    WRITE
}
