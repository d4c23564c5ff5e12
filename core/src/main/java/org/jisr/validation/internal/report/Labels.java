package org.jisr.validation.internal.report;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the named placeholders of a label or message template ({@code {errors}}), so that each
 * language places the values where its grammar wants them.
 */
final class Labels {

    /** A placeholder, as in message templates and labels. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private Labels() {
    }

    /** Replaces each placeholder by its value; one without a value stays as it is, braces and all. */
    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(text, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(text);
        return text.toString();
    }
}
