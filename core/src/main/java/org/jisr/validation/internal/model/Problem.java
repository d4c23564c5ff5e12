package org.jisr.validation.internal.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jisr.validation.FindingType;

/**
 * What a constraint validator found, carried to {@link BeanValidationConstraints} as the dynamic
 * payload of its constraint violation: Jisr never uses Hibernate Validator's messages, it maps
 * each violation to a finding of its own.
 *
 * @param type       the finding type
 * @param parameters its parameters, in the order of {@link FindingType#parameters()}
 */
record Problem(FindingType type, Map<String, String> parameters) {

    Problem {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /**
     * A problem with its parameter values in the order the type names them.
     *
     * @throws IllegalArgumentException when there are not as many values as parameters
     */
    static Problem of(FindingType type, String... values) {
        List<String> names = type.parameters();
        if (values.length != names.size()) {
            throw new IllegalArgumentException(type.code() + " takes " + names + ", given " + values.length + " values");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            parameters.put(names.get(i), values[i]);
        }
        return new Problem(type, parameters);
    }
}
