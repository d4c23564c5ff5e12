package org.jisr.testkit.broken;

/**
 * Broken at discovery: it has no public no-arg constructor, only one with an argument, so
 * {@code ServiceLoader} cannot create it. Jisr reports
 * {@code …NoPublicConstructorAdapter: needs a public no-arg constructor}. (Created by hand, it
 * works.)
 *
 * @since 0.1
 */
public final class NoPublicConstructorAdapter extends LineAdapter {

    /**
     * Creates the adapter with an id of the caller's choice.
     *
     * @param id the id
     */
    public NoPublicConstructorAdapter(String id) {
        super(id);
    }
}
