package org.jisr.model;

import java.util.Optional;

/**
 * The five types of record in an exchange, with the name written in their {@code type} property.
 *
 * @since 0.1
 */
public enum RecordType {
    /** A {@link LocalAuthority}. */
    LOCAL_AUTHORITY("LocalAuthority", LocalAuthority.class),
    /** An {@link Organization}. */
    ORGANIZATION("Organization", Organization.class),
    /** A {@link Partnership}. */
    PARTNERSHIP("Partnership", Partnership.class),
    /** A {@link Project}. */
    PROJECT("Project", Project.class),
    /** An {@link Event}. */
    EVENT("Event", Event.class);

    private final String jsonName;
    private final Class<? extends JisrRecord> javaType;

    RecordType(String jsonName, Class<? extends JisrRecord> javaType) {
        this.jsonName = jsonName;
        this.javaType = javaType;
    }

    /**
     * Returns the name written in the {@code type} property.
     *
     * @return {@code LocalAuthority}, {@code Organization}, {@code Partnership}, {@code Project}
     *         or {@code Event}
     */
    public String jsonName() {
        return jsonName;
    }

    /**
     * Returns the Java record type.
     *
     * @return the class
     */
    public Class<? extends JisrRecord> javaType() {
        return javaType;
    }

    /**
     * Finds a record type by the name written in the {@code type} property.
     *
     * @param jsonName the name
     * @return the type, or empty when unknown
     */
    public static Optional<RecordType> fromJsonName(String jsonName) {
        for (RecordType t : values()) {
            if (t.jsonName.equals(jsonName)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
