package org.jisr.testkit.broken;

import org.jisr.spi.AdapterInput;
import org.jisr.spi.Detection;

/**
 * Fails in use: registered normally, but {@link #detect} throws an {@link IllegalStateException}
 * ({@code broken on purpose: detect}). A host must count it out of the choice of an adapter and
 * report an {@code adapter.failed} finding (operation {@code detect}).
 *
 * @since 0.1
 */
public final class ThrowingDetectAdapter extends LineAdapter {

    /** Its id. */
    public static final String ID = "throwing-detect";

    /** Creates the adapter. */
    public ThrowingDetectAdapter() {
        super(ID);
    }

    /**
     * Always throws.
     *
     * @throws IllegalStateException always
     */
    @Override
    public Detection detect(AdapterInput input) {
        throw new IllegalStateException(ON_PURPOSE + "detect");
    }
}
