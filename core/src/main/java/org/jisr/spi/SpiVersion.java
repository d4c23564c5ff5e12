package org.jisr.spi;

/**
 * The version of this SPI. An adapter declares the version it was built against in its
 * {@link AdapterDescriptor}; the host refuses, with a diagnosis, an adapter built for a version
 * it does not support.
 *
 * @since 0.1
 */
public final class SpiVersion {

    /** The version of the SPI in this build: {@value}. */
    public static final int CURRENT = 1;

    private SpiVersion() {
    }

    /**
     * Tells whether this host can load an adapter built against a version.
     *
     * @param version the adapter's {@link AdapterDescriptor#spiVersion()}
     * @return {@code true} when supported
     */
    public static boolean isSupported(int version) {
        return version == CURRENT;
    }
}
