package org.jisr.spi;

import java.util.Objects;

/**
 * How sure an adapter is that it can read an input.
 *
 * @param confidence from 0 (cannot read it) to 1 (certain), e.g. 0.9 for a matching extension
 *                   and content, 0.5 for a matching extension alone
 * @param reason     a short explanation for diagnostics ({@code "extension .ics and BEGIN:VCALENDAR"})
 * @since 0.1
 */
public record Detection(double confidence, String reason) {

    /** The adapter cannot read the input. */
    public static final Detection NO = new Detection(0, "not this format");

    /**
     * Creates a detection.
     *
     * @throws IllegalArgumentException when the confidence is not between 0 and 1
     */
    public Detection {
        Objects.requireNonNull(reason, "reason");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1: " + confidence);
        }
    }

    /**
     * A detection with a confidence.
     *
     * @param confidence from 0 to 1
     * @param reason     why
     * @return the detection
     */
    public static Detection of(double confidence, String reason) {
        return new Detection(confidence, reason);
    }

    /**
     * Tells whether the adapter can read the input at all.
     *
     * @return {@code true} when the confidence is above 0
     */
    public boolean canRead() {
        return confidence > 0;
    }
}
