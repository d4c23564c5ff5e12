package org.jisr.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Argument checks shared by the model's compact constructors. */
final class Checks {
    private Checks() {
    }

    static <T> T required(@Nullable T value, String name) {
        return Objects.requireNonNull(value, () -> name + " is required");
    }

    static String requiredText(@Nullable String value, String name) {
        required(value, name);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return value;
    }

    static <T> List<T> list(@Nullable List<T> values, String name) {
        if (values == null) {
            return List.of();
        }
        for (T value : values) {
            if (value == null) {
                throw new NullPointerException(name + " must not contain null");
            }
        }
        return List.copyOf(values);
    }

    static @Nullable String optionalText(@Nullable String value, String name) {
        if (value != null && value.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty; leave it out instead");
        }
        return value;
    }

    /** A date or a date-time with an offset: the two forms of a point in time in exchange files. */
    static @Nullable Temporal dateOrDateTime(@Nullable Temporal value, String name) {
        if (value != null && !(value instanceof LocalDate) && !(value instanceof OffsetDateTime)) {
            throw new IllegalArgumentException(
                    name + " must be a LocalDate or an OffsetDateTime, not " + value.getClass().getSimpleName());
        }
        return value;
    }

    static @Nullable Temporal yearOrDate(@Nullable Temporal value, String name) {
        if (value != null && !(value instanceof Year) && !(value instanceof LocalDate)) {
            throw new IllegalArgumentException(
                    name + " must be a Year or a LocalDate, not " + value.getClass().getSimpleName());
        }
        return value;
    }
}
