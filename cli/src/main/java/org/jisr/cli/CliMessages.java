package org.jisr.cli;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts the command line prints itself and its usage help, in French, Arabic or English, from
 * the bundle {@code org/jisr/cli/messages}.
 */
final class CliMessages {

    /** The bundle's base name. */
    static final String BUNDLE = "org.jisr.cli.messages";

    /** The languages of the command line, those of the finding messages. */
    static final List<String> LANGUAGES = List.of("fr", "ar", "en");

    private final String language;
    private final ResourceBundle bundle;

    private CliMessages(String language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language));
    }

    static CliMessages of(String language) {
        return new CliMessages(LANGUAGES.contains(language) ? language : "en");
    }

    String language() {
        return language;
    }

    ResourceBundle bundle() {
        return bundle;
    }

    String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        if (arguments.length == 0) {
            return pattern;
        }
        // Latin digits in every language, as the seed article and Tunisian administrations write numbers.
        MessageFormat format = new MessageFormat(pattern.replace("'", "''"),
                Locale.forLanguageTag(language + "-u-nu-latn"));
        return format.format(arguments);
    }
}
