package org.jisr.testkit.broken;

/**
 * The control: a correct adapter, id {@code well-behaved}, that reads and writes one
 * association per line (files named {@code *.well-behaved}). Put it next to broken adapters and
 * check that it still works.
 *
 * @since 0.1
 */
public final class WellBehavedAdapter extends LineAdapter {

    /** Its id. */
    public static final String ID = "well-behaved";

    /** Creates the adapter. */
    public WellBehavedAdapter() {
        super(ID);
    }
}
