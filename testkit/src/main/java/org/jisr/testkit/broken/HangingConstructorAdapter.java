package org.jisr.testkit.broken;

/**
 * Broken at discovery: its constructor never returns (it sleeps, ignoring interrupts). A host
 * must give up on it after a time limit and report it — Jisr reports a {@code PluginProblem}
 * {@code adapter.timed-out}, operation {@code constructor} — and discover the others.
 *
 * @since 0.1
 */
public final class HangingConstructorAdapter extends LineAdapter {

    /** Never returns. */
    public HangingConstructorAdapter() {
        super("hanging-constructor");
        sleepForever();
    }
}
