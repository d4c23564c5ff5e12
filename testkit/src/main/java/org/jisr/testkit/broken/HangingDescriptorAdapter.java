package org.jisr.testkit.broken;

import org.jisr.spi.AdapterDescriptor;

/**
 * Broken at discovery: {@code descriptor()} loops on the CPU until interrupted. A host must give
 * up on it after a time limit ({@code adapter.timed-out}, operation {@code descriptor}).
 *
 * @since 0.1
 */
public final class HangingDescriptorAdapter extends LineAdapter {

    /** Creates the adapter. */
    public HangingDescriptorAdapter() {
        super("hanging-descriptor");
    }

    @Override
    public AdapterDescriptor descriptor() {
        spinUntilInterrupted("descriptor");
        return super.descriptor();
    }
}
