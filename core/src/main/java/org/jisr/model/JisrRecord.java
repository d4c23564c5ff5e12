package org.jisr.model;

import java.util.List;

/**
 * A record of an exchange: one of {@link LocalAuthority}, {@link Organization},
 * {@link Partnership}, {@link Project} and {@link Event}. Every record has an {@link #id()} that
 * is unique within its document and that other records refer to, global identifiers, the
 * sources of its facts, and extensions for data the model does not know.
 *
 * @since 0.1
 */
public sealed interface JisrRecord permits LocalAuthority, Organization, Partnership, Project, Event {

    /**
     * Returns the record's type.
     *
     * @return the type
     */
    RecordType type();

    /**
     * Returns the id, unique within the document ({@code ^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$}).
     *
     * @return the id
     */
    String id();

    /**
     * Returns the global identifiers (INSEE code, SIREN, URI …).
     *
     * @return an unmodifiable list, empty when there is none
     */
    List<Identifier> identifiers();

    /**
     * Returns the sources of the record's facts.
     *
     * @return an unmodifiable list, empty when there is none
     */
    List<Source> sources();

    /**
     * Returns the data the model does not know, by namespace.
     *
     * @return the extensions, {@link Extensions#NONE} when there is none
     */
    Extensions extensions();
}
