package org.jisr.testkit.broken;

import org.jisr.spi.AdapterDescriptor;

/**
 * Broken at discovery: its static initializer throws an {@link IllegalStateException}
 * ({@code broken on purpose: static initializer}), so the class can never be initialised. The
 * first attempt in a class loader fails with {@link ExceptionInInitializerError}, later ones with
 * {@link NoClassDefFoundError}; Jisr reports both as
 * {@code …FailingStaticInitializerAdapter: static initializer failed: …}.
 *
 * @since 0.1
 */
public final class FailingStaticInitializerAdapter extends LineAdapter {

    private static final AdapterDescriptor DESCRIPTOR = fail();

    /** Never runs: the class cannot be initialised. */
    public FailingStaticInitializerAdapter() {
        super("failing-static-initializer");
    }

    private static AdapterDescriptor fail() {
        throw new IllegalStateException(ON_PURPOSE + "static initializer");
    }

    @Override
    public AdapterDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
