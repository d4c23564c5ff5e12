package org.jisr.testkit.broken;

import org.jisr.spi.AdapterDescriptor;

/**
 * Broken at discovery: its descriptor declares the id {@value #ID}, which is not lower-case
 * kebab-case, so {@link AdapterDescriptor} refuses it and {@link #descriptor()} throws an
 * {@link IllegalArgumentException}. Jisr reports
 * {@code …InvalidIdAdapter: invalid descriptor: an adapter id is lower-case kebab-case: Broken_Id}.
 *
 * @since 0.1
 */
public final class InvalidIdAdapter extends LineAdapter {

    /** The invalid id it declares. */
    public static final String ID = "Broken_Id";

    /** Creates the adapter. */
    public InvalidIdAdapter() {
        super("invalid-id");
    }

    /**
     * Fails to build a descriptor with an invalid id.
     *
     * @throws IllegalArgumentException always, from {@link AdapterDescriptor}
     */
    @Override
    public AdapterDescriptor descriptor() {
        return AdapterDescriptor.builder(ID, "Invalid id").build();
    }
}
