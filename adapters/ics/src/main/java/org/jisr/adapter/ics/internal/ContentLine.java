package org.jisr.adapter.ics.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One unfolded content line: {@code NAME;PARAM=value,value:value}, with where it starts.
 *
 * @param name       the property or {@code BEGIN}/{@code END}, upper-case
 * @param parameters the parameters in order, their values unquoted and RFC 6868-decoded
 * @param value      the raw value (TEXT escapes still in it)
 * @param line       the 1-based number of the line it starts on
 */
public record ContentLine(String name, List<Parameter> parameters, String value, int line) {

    /**
     * A parameter.
     *
     * @param name   upper-case
     * @param values its values, at least one
     */
    public record Parameter(String name, List<String> values) {
        /** Copies the values. */
        public Parameter {
            values = List.copyOf(values);
        }
    }

    /** Copies the parameters. */
    public ContentLine {
        parameters = List.copyOf(parameters);
    }

    /**
     * Returns the first value of a parameter.
     *
     * @param parameter its name, upper-case
     * @return the value, or empty when the line has no such parameter
     */
    public Optional<String> parameter(String parameter) {
        for (Parameter p : parameters) {
            if (p.name().equals(parameter)) {
                return Optional.of(p.values().get(0));
            }
        }
        return Optional.empty();
    }

    /**
     * Tells whether this is {@code BEGIN:} or {@code END:} of a component.
     *
     * @param keyword {@code BEGIN} or {@code END}
     * @return {@code true} when it is
     */
    public boolean is(String keyword) {
        return name.equals(keyword);
    }

    /**
     * Returns the component name of a {@code BEGIN} or {@code END} line, upper-case.
     *
     * @return the name
     */
    public String component() {
        return value.strip().toUpperCase(Locale.ROOT);
    }
}
