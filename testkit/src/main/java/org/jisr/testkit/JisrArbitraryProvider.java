package org.jisr.testkit;

import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Lets jqwik properties declare model types directly — {@code @ForAll Event event},
 * {@code @ForAll ExchangeDocument doc}, {@code @ForAll MultilingualText text} — with the
 * arbitraries of {@link JisrArbitraries}. jqwik finds it through {@code ServiceLoader} as soon as
 * {@code jisr-testkit} is on the test class path.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class JisrArbitraryProvider implements ArbitraryProvider {

    private static final Map<Class<?>, Arbitrary<?>> ARBITRARIES = JisrArbitraries.byType();

    /** Creates the provider; called by {@code ServiceLoader}. */
    public JisrArbitraryProvider() {
    }

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return ARBITRARIES.keySet().stream().anyMatch(targetType::isOfType);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        for (Map.Entry<Class<?>, Arbitrary<?>> e : ARBITRARIES.entrySet()) {
            if (targetType.isOfType(e.getKey())) {
                return Set.of(e.getValue());
            }
        }
        return Set.of();
    }
}
