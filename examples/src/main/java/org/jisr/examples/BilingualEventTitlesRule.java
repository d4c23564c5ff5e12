package org.jisr.examples;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jisr.model.Event;
import org.jisr.model.JisrRecord;
import org.jisr.validation.FindingType;
import org.jisr.validation.Layer;
import org.jisr.validation.Rule;
import org.jisr.validation.RuleContext;
import org.jisr.validation.Severity;

/**
 * A municipality's own rule, added to Jisr's: every event it receives has a title in French and in
 * Arabic, because its cooperation agenda is published in both languages. Jisr itself only asks for
 * a title in some language (and, with {@code rule.main-language-missing}, in the document's main
 * language); this rule is stricter, as a house rule may be. It is an example of the
 * {@link Rule} SPI, not one of Jisr's rules.
 *
 * <p>Registered twice, so that a validator finds it wherever the jar is: in
 * {@code META-INF/services/org.jisr.validation.Rule} for the class path and with
 * {@code provides org.jisr.validation.Rule with org.jisr.examples.BilingualEventTitlesRule} in
 * {@code module-info.java} for the module path. A validator can also be given it directly:
 * {@code Validator.builder().addRule(new BilingualEventTitlesRule())}. Switch it off in a rule
 * profile with {@code rule.bilingual-event-titles = off}, or lower its finding to a warning with
 * {@code code.bilingual.title-language-missing = warning}.
 *
 * <p>A title in a regional variant counts for its language: {@code ar-TN} is Arabic,
 * {@code fr-FR} French. A transliteration does not: {@code ar-Latn} is Arabic written in Latin
 * letters, which readers of the Arabic agenda cannot use. Whether a text tagged {@code ar} really
 * is in Arabic script is the model layer's business ({@code model.text-not-arabic-script}).
 *
 * <p>Keeps no state: stateless and thread-safe, as the SPI requires.
 *
 * @since 0.1
 */
public final class BilingualEventTitlesRule implements Rule {

    /** The rule's id, for rule profiles. */
    public static final String ID = "bilingual-event-titles";

    /** The languages every event title must have, in the order they are reported. */
    public static final List<String> REQUIRED_LANGUAGES = List.of("fr", "ar");

    /** The script each required language is read in; a tag naming another script is a transliteration. */
    private static final Map<String, String> SCRIPTS = Map.of("fr", "Latn", "ar", "Arab");

    /**
     * {@code bilingual.title-language-missing}: an event's title has no text in {@code {language}}
     * ({@code fr} or {@code ar}), one of the two languages the agenda is published in. Reported on
     * the event's {@code /title}, once per missing language. An error by default: the event cannot
     * be published as it is. The code is under this example's own prefix, {@code bilingual}, as
     * users' codes must be (never one of Jisr's layer names); its messages in French, Arabic and
     * English are in the bundle {@code org.jisr.examples.bilingual}.
     */
    public static final FindingType TITLE_LANGUAGE_MISSING = new FindingType("bilingual.title-language-missing",
            Layer.RULE, Severity.ERROR, List.of("language"), "org.jisr.examples.bilingual");

    /** Creates the rule; {@code ServiceLoader} calls this. */
    public BilingualEventTitlesRule() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<FindingType> findingTypes() {
        return List.of(TITLE_LANGUAGE_MISSING);
    }

    @Override
    public void onRecord(JisrRecord record, RuleContext context) {
        if (!(record instanceof Event event)) {
            return;
        }
        for (String language : REQUIRED_LANGUAGES) {
            boolean present = event.title().languages().stream().anyMatch(tag -> isIn(tag, language));
            if (!present) {
                context.report(TITLE_LANGUAGE_MISSING, "/title", Map.of("language", language));
            }
        }
    }

    /**
     * Whether a BCP 47 tag ({@code ar}, {@code ar-TN}, {@code ar-Latn}) is a text readers of the
     * language can read: the same language, in its own script or with no script named.
     */
    private static boolean isIn(String tag, String language) {
        Locale locale = Locale.forLanguageTag(tag);
        return locale.getLanguage().equals(language)
                && (locale.getScript().isEmpty() || locale.getScript().equals(SCRIPTS.get(language)));
    }
}
