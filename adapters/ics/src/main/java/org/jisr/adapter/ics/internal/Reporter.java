package org.jisr.adapter.ics.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jisr.spi.AdapterContext;
import org.jisr.validation.FindingType;
import org.jisr.validation.Location;

/**
 * Reports findings of one input through the {@link AdapterContext}, located by line; or nowhere,
 * for a first pass that only looks. Not thread-safe.
 */
final class Reporter {

    private final String file;
    private final AdapterContext context;
    private final boolean silent;

    private Reporter(String file, AdapterContext context, boolean silent) {
        this.file = file;
        this.context = context;
        this.silent = silent;
    }

    static Reporter to(String file, AdapterContext context) {
        return new Reporter(file, context, false);
    }

    static Reporter silent(String file, AdapterContext context) {
        return new Reporter(file, context, true);
    }

    String file() {
        return file;
    }

    Location at(int line, int column) {
        return Location.of(file, "", line, column);
    }

    /** Reports a finding at a line; parameters come as name, value, name, value… */
    void report(FindingType type, int line, int column, String... parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            values.put(parameters[i], parameters[i + 1]);
        }
        report(type, line, column, values);
    }

    void report(FindingType type, int line, int column, Map<String, String> parameters) {
        if (!silent) {
            context.report(type, at(Math.max(line, 1), Math.max(column, 1)), parameters);
        }
    }

    void report(FindingType type, ContentLine at, String... parameters) {
        report(type, at.line(), 1, parameters);
    }
}
