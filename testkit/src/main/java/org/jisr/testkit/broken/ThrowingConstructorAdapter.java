package org.jisr.testkit.broken;

/**
 * Broken at discovery: its public no-arg constructor throws an {@link IllegalStateException}
 * ({@code broken on purpose: constructor}). Jisr reports
 * {@code …ThrowingConstructorAdapter: constructor failed: java.lang.IllegalStateException: broken on purpose: constructor}.
 *
 * @since 0.1
 */
public final class ThrowingConstructorAdapter extends LineAdapter {

    /**
     * Always throws.
     *
     * @throws IllegalStateException always
     */
    public ThrowingConstructorAdapter() {
        super("throwing-constructor");
        throw new IllegalStateException(ON_PURPOSE + "constructor");
    }
}
