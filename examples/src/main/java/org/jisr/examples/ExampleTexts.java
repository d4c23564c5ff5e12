package org.jisr.examples;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jisr.validation.FindingMessages;

/**
 * The examples' own texts (not Jisr's findings, which {@link FindingMessages} renders) in French,
 * Arabic or English, from the bundle {@code org.jisr.examples.messages}: {@link MessageFormat}
 * patterns with numbered arguments. Immutable and thread-safe.
 */
final class ExampleTexts {

    private final String language;
    private final Locale locale;
    private final ResourceBundle bundle;

    private ExampleTexts(String language) {
        this.language = language;
        // Tunisian Arabic conventions for numbers (Latin digits); French and English as they are.
        this.locale = Locale.forLanguageTag(language.equals("ar") ? "ar-TN" : language);
        // No ResourceBundle.Control: a named module may not pass one, and every language the
        // examples speak has its own file, so the fallback to the default locale never happens.
        this.bundle = ResourceBundle.getBundle("org.jisr.examples.messages", Locale.forLanguageTag(language));
    }

    /**
     * Returns the texts of a language.
     *
     * @param language {@code fr}, {@code ar} or {@code en}
     * @return the texts
     * @throws IllegalArgumentException for any other language
     */
    static ExampleTexts of(String language) {
        if (!FindingMessages.LANGUAGES.contains(language)) {
            throw new IllegalArgumentException(language);
        }
        return new ExampleTexts(language);
    }

    /** The usage error shown before any language is known, in the three languages at once. */
    static String unknownLanguage() {
        return "language must be fr, ar or en / la langue doit être fr, ar ou en / اللغة: fr أو ar أو en";
    }

    String language() {
        return language;
    }

    String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
