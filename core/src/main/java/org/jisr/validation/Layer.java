package org.jisr.validation;

/**
 * The layer of validation that raised a finding. Layers run in this order on whatever can still
 * be checked; a constraint is checked in exactly one layer.
 *
 * @since 0.1
 */
public enum Layer {
    /** The bytes: encoding, JSON syntax, duplicate keys, limits. */
    SYNTAX("syntax"),
    /** The JSON Schema of the exchange format. */
    SCHEMA("schema"),
    /** Constraints on the bound model that no schema can express: check digits, scripts, minor units. */
    MODEL("model"),
    /** Rules across records: references, duplicate ids, nested periods, and users' own rules. */
    RULE("rule"),
    /** An adapter reading or writing another format. */
    ADAPTER("adapter");

    private final String code;

    Layer(String code) {
        this.code = code;
    }

    /**
     * Returns the name written in reports.
     *
     * @return {@code syntax}, {@code schema}, {@code model}, {@code rule} or {@code adapter}
     */
    public String code() {
        return code;
    }
}
