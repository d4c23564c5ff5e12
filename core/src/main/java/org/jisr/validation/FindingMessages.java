package org.jisr.validation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the message of a finding in French, Arabic or English from its code and parameters.
 * Messages live in resource bundles named by {@link FindingType#messageBundle()}, keyed by code,
 * with named placeholders: {@code Missing required property “{property}”.}
 *
 * <p>Immutable and thread-safe; bundles are loaded once per language.
 *
 * @since 0.1
 */
public final class FindingMessages {

    /** The languages every message exists in. */
    public static final List<String> LANGUAGES = List.of("fr", "ar", "en");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final Map<String, FindingMessages> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final String language;
    private final Locale locale;
    private final List<ClassLoader> extraLoaders;
    private final Map<String, ResourceBundle> bundles = new ConcurrentHashMap<>();

    private FindingMessages(String language, List<ClassLoader> extraLoaders) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        this.extraLoaders = List.copyOf(extraLoaders);
    }

    /**
     * Returns the messages of a language.
     *
     * @param language {@code fr}, {@code ar} or {@code en}
     * @return the messages
     * @throws IllegalArgumentException for any other language
     */
    public static FindingMessages of(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("messages exist in fr, ar and en, not " + language);
        }
        return BY_LANGUAGE.computeIfAbsent(language, l -> new FindingMessages(l, List.of()));
    }

    /**
     * Returns the messages of a language that also look for message bundles with the given class
     * loaders — those of plugins and of users' rules, whose bundles Jisr's own class loader does
     * not see. {@code org.jisr.runtime.Jisr#messages(String)} gives one with every plugin's loader.
     *
     * @param language     {@code fr}, {@code ar} or {@code en}
     * @param extraLoaders class loaders to search after Jisr's own
     * @return the messages (a new instance; keep it while rendering a report)
     * @throws IllegalArgumentException for any other language
     */
    public static FindingMessages of(String language, java.util.Collection<ClassLoader> extraLoaders) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("messages exist in fr, ar and en, not " + language);
        }
        return extraLoaders.isEmpty() ? of(language) : new FindingMessages(language, List.copyOf(extraLoaders));
    }

    /**
     * Returns the language of these messages.
     *
     * @return {@code fr}, {@code ar} or {@code en}
     */
    public String language() {
        return language;
    }

    /**
     * Renders the message of a finding.
     *
     * @param finding the finding
     * @return the message
     */
    public String render(Finding finding) {
        return render(finding.type(), finding.parameters());
    }

    /**
     * Renders the message of a finding type with parameters. A missing message falls back to the
     * code and its parameters, so that a report is never lost for want of a translation (a test
     * makes sure Jisr's own codes all have theirs).
     *
     * @param type       the finding type
     * @param parameters its parameters by name
     * @return the message
     */
    public String render(FindingType type, Map<String, String> parameters) {
        return template(type).map(t -> fill(t, parameters))
                .orElseGet(() -> type.code() + (parameters.isEmpty() ? "" : " " + parameters));
    }

    /**
     * Returns the message template of a finding type, with its placeholders.
     *
     * @param type the finding type
     * @return the template, or empty when the bundle has no message for the code in this language
     */
    public java.util.Optional<String> template(FindingType type) {
        ResourceBundle bundle = bundle(type.messageBundle());
        if (bundle == null || !bundle.containsKey(type.code())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(bundle.getString(type.code()));
    }

    /**
     * Returns the label of a severity in this language.
     *
     * @param severity the severity
     * @return the label
     */
    public String label(Severity severity) {
        return labels().getString("severity." + severity.code());
    }

    /**
     * Returns the label of a layer in this language.
     *
     * @param layer the layer
     * @return the label
     */
    public String label(Layer layer) {
        return labels().getString("layer." + layer.code());
    }

    /**
     * Returns a label of the report's own text ({@code report.summary}, {@code report.valid} …)
     * in this language. Labels may hold named placeholders ({@code {errors}}), which the caller
     * fills.
     *
     * @param key the key
     * @return the text
     * @throws MissingResourceException when there is no such label
     */
    public String label(String key) {
        return labels().getString(key);
    }

    private ResourceBundle labels() {
        ResourceBundle b = bundle(FindingType.JISR_MESSAGES + "labels");
        if (b == null) {
            throw new MissingResourceException("no labels bundle", FindingMessages.class.getName(), "labels");
        }
        return b;
    }

    private ResourceBundle bundle(String name) {
        ResourceBundle cached = bundles.get(name);
        if (cached != null) {
            return cached;
        }
        ResourceBundle loaded = load(name);
        if (loaded != null) {
            bundles.put(name, loaded);
        }
        return loaded;
    }

    private ResourceBundle load(String name) {
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        boolean named = FindingMessages.class.getModule().isNamed();
        if (named && name.startsWith(FindingType.JISR_MESSAGES)) {
            try {
                return ResourceBundle.getBundle(name, locale, FindingMessages.class.getModule());
            } catch (MissingResourceException e) {
                // not one of Jisr's bundles after all: search the loaders below
            }
        }
        List<ClassLoader> loaders = new java.util.ArrayList<>();
        loaders.add(FindingMessages.class.getClassLoader());
        loaders.addAll(extraLoaders);
        loaders.add(Thread.currentThread().getContextClassLoader());
        for (ClassLoader loader : loaders) {
            if (loader == null) {
                continue;
            }
            try {
                // A named module may not pass a Control (UnsupportedOperationException); the
                // languages Jisr renders all have their own file, so the default fallback is moot.
                return named ? ResourceBundle.getBundle(name, locale, loader)
                        : ResourceBundle.getBundle(name, locale, loader, control);
            } catch (MissingResourceException e) {
                // try the next loader
            }
        }
        return null;
    }

    private static String fill(String template, Map<String, String> parameters) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = parameters.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(Objects.requireNonNullElse(value, m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
