package org.jisr.testkit.broken;

import org.jisr.spi.AdapterDescriptor;
import org.jisr.spi.SpiVersion;

/**
 * Broken at discovery: its descriptor says it was built against the next version of the SPI
 * ({@code SpiVersion.CURRENT + 1}), which this Jisr does not support. Jisr reports
 * {@code …FutureSpiAdapter: targets SPI version 2, this Jisr supports 1}.
 *
 * @since 0.1
 */
public final class FutureSpiAdapter extends LineAdapter {

    /** Creates the adapter. */
    public FutureSpiAdapter() {
        super("future-spi");
    }

    @Override
    public AdapterDescriptor descriptor() {
        return describe("future-spi").spiVersion(SpiVersion.CURRENT + 1).build();
    }
}
