package org.jisr.spi;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jisr.model.RecordType;

/**
 * What an adapter is and can do — data the host chooses by, never trial and error.
 *
 * @param id          lower-case kebab-case, unique, stable ({@code csv-fr}, {@code ics}); never
 *                    derived from a class name
 * @param name        a human name ({@code "iCalendar (RFC 5545)"})
 * @param version     the adapter's own version
 * @param spiVersion  the {@link SpiVersion} it was built against
 * @param mediaTypes  media types it handles ({@code text/calendar})
 * @param extensions  file extensions it handles, lower-case, without the dot ({@code ics})
 * @param directions  read, write or both
 * @param recordTypes the record types it carries
 * @param limitations what it cannot carry, so that conversions can say so
 * @since 0.1
 */
public record AdapterDescriptor(String id, String name, String version, int spiVersion, List<String> mediaTypes,
        List<String> extensions, Set<Direction> directions, Set<RecordType> recordTypes,
        List<Limitation> limitations) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");
    private static final Pattern EXTENSION = Pattern.compile("[a-z0-9][a-z0-9.+-]*");

    /**
     * Creates a descriptor.
     *
     * @throws IllegalArgumentException when the id is not lower-case kebab-case, the name is
     *                                  blank, an extension is not lower-case without a dot, or
     *                                  there is no direction or no record type
     */
    public AdapterDescriptor {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("an adapter id is lower-case kebab-case: " + id);
        }
        if (Objects.requireNonNull(name, "name").isBlank()) {
            throw new IllegalArgumentException("an adapter needs a name");
        }
        Objects.requireNonNull(version, "version");
        mediaTypes = List.copyOf(mediaTypes);
        extensions = List.copyOf(extensions);
        for (String e : extensions) {
            if (!EXTENSION.matcher(e).matches() || !e.equals(e.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("an extension is lower-case, without the dot: " + e);
            }
        }
        if (directions.isEmpty() || recordTypes.isEmpty()) {
            throw new IllegalArgumentException("an adapter reads or writes at least one record type");
        }
        directions = Set.copyOf(directions);
        recordTypes = Set.copyOf(recordTypes);
        limitations = List.copyOf(limitations);
    }

    /**
     * Starts a descriptor for the current SPI version, reading and writing every record type,
     * with no limitation; change what differs.
     *
     * @param id   the adapter id
     * @param name its human name
     * @return a builder
     */
    public static Builder builder(String id, String name) {
        return new Builder(id, name);
    }

    /**
     * Tells whether the adapter reads.
     *
     * @return {@code true} when {@link Direction#READ} is declared
     */
    public boolean reads() {
        return directions.contains(Direction.READ);
    }

    /**
     * Tells whether the adapter writes.
     *
     * @return {@code true} when {@link Direction#WRITE} is declared
     */
    public boolean writes() {
        return directions.contains(Direction.WRITE);
    }

    /** Builds an {@link AdapterDescriptor}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private final String name;
        private String version = "0";
        private int spiVersion = SpiVersion.CURRENT;
        private List<String> mediaTypes = List.of();
        private List<String> extensions = List.of();
        private Set<Direction> directions = EnumSet.allOf(Direction.class);
        private Set<RecordType> recordTypes = EnumSet.allOf(RecordType.class);
        private List<Limitation> limitations = List.of();

        private Builder(String id, String name) {
            this.id = id;
            this.name = name;
        }

        /** @param value the adapter's version @return this builder */
        public Builder version(String value) {
            this.version = value;
            return this;
        }

        /** @param value the SPI version it targets (default {@link SpiVersion#CURRENT}) @return this builder */
        public Builder spiVersion(int value) {
            this.spiVersion = value;
            return this;
        }

        /** @param values media types @return this builder */
        public Builder mediaTypes(String... values) {
            this.mediaTypes = List.of(values);
            return this;
        }

        /** @param values extensions, lower-case, without the dot @return this builder */
        public Builder extensions(String... values) {
            this.extensions = List.of(values);
            return this;
        }

        /** @param values the directions @return this builder */
        public Builder directions(Direction... values) {
            this.directions = Set.of(values);
            return this;
        }

        /** @param values the record types carried @return this builder */
        public Builder recordTypes(RecordType... values) {
            this.recordTypes = Set.of(values);
            return this;
        }

        /** @param values what cannot be carried @return this builder */
        public Builder limitations(Limitation... values) {
            this.limitations = List.of(values);
            return this;
        }

        /**
         * Builds the descriptor.
         *
         * @return the descriptor
         */
        public AdapterDescriptor build() {
            return new AdapterDescriptor(id, name, version, spiVersion, mediaTypes, extensions, directions, recordTypes,
                    limitations);
        }
    }
}
