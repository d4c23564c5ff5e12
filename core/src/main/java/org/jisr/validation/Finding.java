package org.jisr.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One problem found in an exchange file: what (its {@link FindingType} and parameters), how
 * serious ({@link Severity}, after any {@link RuleProfile}), and where ({@link Location}). A
 * finding carries no message: render one with {@link FindingMessages}.
 *
 * @param type       the kind of finding
 * @param severity   its severity in this report
 * @param parameters its parameters by name, in the order of {@link FindingType#parameters()}
 * @param location   where it is
 * @since 0.1
 */
public record Finding(FindingType type, Severity severity, Map<String, String> parameters, Location location) {

    /** Creates a finding; the parameters are copied. */
    public Finding {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /**
     * Returns the stable code.
     *
     * @return the code of the finding's type
     */
    public String code() {
        return type.code();
    }

    /**
     * Returns the layer that raised it.
     *
     * @return the layer of the finding's type
     */
    public Layer layer() {
        return type.layer();
    }
}
