package org.jisr.testkit.broken;

import org.jisr.spi.AdapterInput;
import org.jisr.spi.Detection;

/**
 * Fails in use: {@code detect} loops on the CPU until interrupted, whatever the input. A host must
 * stop waiting after a time limit, report it ({@code adapter.timed-out}, operation
 * {@code detect}) and choose among the other adapters.
 *
 * @since 0.1
 */
public final class HangingDetectAdapter extends LineAdapter {

    /** Its id. */
    public static final String ID = "hanging-detect";

    /** Creates the adapter. */
    public HangingDetectAdapter() {
        super(ID);
    }

    @Override
    public Detection detect(AdapterInput input) {
        spinUntilInterrupted("detect");
        return Detection.NO;
    }
}
