package org.jisr.testkit.broken;

/**
 * A good adapter, id {@code lonely}, for a plugin made of two jars: one jar names it in its
 * service file, the other holds its classes.
 */
public final class LonelyAdapter extends LineAdapter {

    /** Creates the adapter. */
    public LonelyAdapter() {
        super("lonely");
    }
}
