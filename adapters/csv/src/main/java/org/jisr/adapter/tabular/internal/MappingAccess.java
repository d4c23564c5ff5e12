package org.jisr.adapter.tabular.internal;

import java.util.Objects;
import java.util.function.Function;
import org.jisr.adapter.tabular.TabularMapping;
import org.jspecify.annotations.Nullable;

/**
 * The bridge between the public {@link TabularMapping} and the {@link Mapping} it wraps, so that
 * the engine (and the xlsx adapters) reach the parsed mapping without it appearing in the API.
 */
public final class MappingAccess {

    private static @Nullable Function<TabularMapping, Mapping> unwrap;
    private static @Nullable Function<Mapping, TabularMapping> wrap;

    private MappingAccess() {
    }

    /**
     * Called once by {@link TabularMapping}'s static initializer.
     *
     * @param unwrapper gives the mapping of a TabularMapping
     * @param wrapper   makes a TabularMapping
     */
    public static synchronized void register(Function<TabularMapping, Mapping> unwrapper,
            Function<Mapping, TabularMapping> wrapper) {
        unwrap = unwrapper;
        wrap = wrapper;
    }

    /**
     * The mapping a TabularMapping wraps.
     *
     * @param mapping the public mapping
     * @return its model
     */
    public static Mapping of(TabularMapping mapping) {
        init();
        return Objects.requireNonNull(unwrap).apply(mapping);
    }

    /**
     * A TabularMapping wrapping a mapping.
     *
     * @param mapping the model
     * @return the public mapping
     */
    public static TabularMapping wrap(Mapping mapping) {
        init();
        return Objects.requireNonNull(wrap).apply(mapping);
    }

    private static void init() {
        try {
            Class.forName(TabularMapping.class.getName(), true, TabularMapping.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
