package org.jisr.testkit.broken;

/**
 * Broken at discovery when it meets {@link WellBehavedAdapter}: it declares the same id,
 * {@value WellBehavedAdapter#ID}. Whichever is registered second is refused, and Jisr's diagnosis
 * names both classes: {@code …DuplicateIdAdapter: duplicate id 'well-behaved' (also …WellBehavedAdapter)}.
 * Alone, it works.
 *
 * @since 0.1
 */
public final class DuplicateIdAdapter extends LineAdapter {

    /** Creates the adapter. */
    public DuplicateIdAdapter() {
        super(WellBehavedAdapter.ID);
    }
}
