package org.jisr.testkit.broken;

import java.util.List;

/**
 * The broken adapters of this package, by family, for tests that expose them all at once. Each
 * list is in the order to write in a service file.
 *
 * @since 0.1
 */
public final class BrokenAdapters {

    private BrokenAdapters() {
    }

    /**
     * Returns the providers a host must refuse at discovery, each with a diagnosis.
     * {@link DuplicateIdAdapter} is refused only after {@link WellBehavedAdapter}, which is not in
     * this list.
     *
     * @return the classes
     */
    public static List<Class<?>> refusedAtDiscovery() {
        return List.of(ThrowingConstructorAdapter.class, FailingStaticInitializerAdapter.class,
                NoPublicConstructorAdapter.class, ThrowingDescriptorAdapter.class, NullDescriptorAdapter.class,
                InvalidIdAdapter.class, FutureSpiAdapter.class, DuplicateIdAdapter.class, NotAnAdapter.class);
    }

    /**
     * Returns the providers that never return from their constructor or {@code descriptor()}: a
     * host must give up on them after a time limit. Each one keeps a thread busy (or asleep) for
     * good.
     *
     * @return the classes
     */
    public static List<Class<?>> hangingAtDiscovery() {
        return List.of(HangingConstructorAdapter.class, HangingDescriptorAdapter.class);
    }

    /**
     * Returns the adapters a host registers but that hang when used — in {@code detect},
     * {@code openReader}, {@code next}, {@code write} or {@code close} — or, for
     * {@link AllocatingReaderAdapter}, allocate without bound.
     *
     * @return the classes
     */
    public static List<Class<?>> hangingInUse() {
        return List.of(HangingDetectAdapter.class, BlockingReaderAdapter.class, SleepingReaderAdapter.class,
                HangingWriterAdapter.class, HangingCloseAdapter.class, AllocatingReaderAdapter.class);
    }

    /**
     * Returns the adapters a host registers but that fail when used.
     *
     * @return the classes
     */
    public static List<Class<?>> failingInUse() {
        return List.of(ThrowingDetectAdapter.class, ThrowingReaderAdapter.class, ThrowingWriterAdapter.class,
                EndlessReaderAdapter.class);
    }
}
