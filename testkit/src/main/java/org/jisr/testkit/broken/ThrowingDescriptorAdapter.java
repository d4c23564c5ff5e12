package org.jisr.testkit.broken;

import org.jisr.spi.AdapterDescriptor;

/**
 * Broken at discovery: {@link #descriptor()} throws an {@link IllegalStateException}
 * ({@code broken on purpose: descriptor}). Jisr reports
 * {@code …ThrowingDescriptorAdapter: descriptor() failed: java.lang.IllegalStateException: broken on purpose: descriptor}.
 *
 * @since 0.1
 */
public final class ThrowingDescriptorAdapter extends LineAdapter {

    /** Creates the adapter. */
    public ThrowingDescriptorAdapter() {
        super("throwing-descriptor");
    }

    /**
     * Always throws.
     *
     * @throws IllegalStateException always
     */
    @Override
    public AdapterDescriptor descriptor() {
        throw new IllegalStateException(ON_PURPOSE + "descriptor");
    }
}
