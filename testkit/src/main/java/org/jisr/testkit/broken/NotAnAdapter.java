package org.jisr.testkit.broken;

/**
 * Broken at discovery: a class named in {@code META-INF/services/org.jisr.spi.Adapter} that does
 * not implement {@code org.jisr.spi.Adapter}. Jisr reports
 * {@code …NotAnAdapter: cannot be loaded: not an implementation of org.jisr.spi.Adapter}.
 *
 * @since 0.1
 */
public final class NotAnAdapter {

    /** Creates the object, which is no adapter. */
    public NotAnAdapter() {
        // nothing: the mistake is in the service file
    }
}
