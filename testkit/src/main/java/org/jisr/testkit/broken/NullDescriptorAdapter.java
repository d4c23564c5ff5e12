package org.jisr.testkit.broken;

import org.jisr.spi.AdapterDescriptor;

/**
 * Broken at discovery: {@link #descriptor()} returns {@code null}, which the SPI never allows.
 * Jisr reports {@code …NullDescriptorAdapter: invalid descriptor: descriptor() returned null}.
 *
 * @since 0.1
 */
public final class NullDescriptorAdapter extends LineAdapter {

    /** Creates the adapter. */
    public NullDescriptorAdapter() {
        super("null-descriptor");
    }

    /**
     * Returns nothing, against the SPI.
     *
     * @return {@code null}, on purpose
     */
    @Override
    public AdapterDescriptor descriptor() {
        return null;
    }
}
