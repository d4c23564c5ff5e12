package org.jisr.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A value taken from one of Jisr's codelists. The {@link #code()} is the stable, lower-case
 * kebab-case string written in exchange files; labels in French, Arabic and English live in the
 * codelist files of {@code jisr-schema}.
 *
 * @since 0.1
 */
public interface Coded {

    /**
     * Returns the code as written in exchange files.
     *
     * @return the code, never {@code null}
     */
    String code();

    /**
     * Finds the constant of an enum of codes that has the given code.
     *
     * @param type the enum of codes
     * @param code the code to look for (case-sensitive)
     * @param <E>  the enum type
     * @return the constant, or empty when no constant has that code
     */
    static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String code) {
        Object constant = ByCode.CONSTANTS.get(type).get(code);
        return constant == null ? Optional.empty() : Optional.of(type.cast(constant));
    }
}

/** Each enum of codes' constants by code, built once per enum: binding looks codes up for every record. */
final class ByCode {
    static final ClassValue<Map<String, Object>> CONSTANTS = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byCode = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byCode.putIfAbsent(((Coded) constant).code(), constant);
            }
            return Map.copyOf(byCode);
        }
    };

    private ByCode() {
    }
}
