package org.jisr.validation;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.jisr.core.JisrException;
import org.jisr.core.JisrIOException;

/**
 * Which rules run and how serious each finding is. A profile switches a rule off by its
 * {@linkplain Rule#id() id}, or sets the severity of a finding code — or switches the code off.
 * Codes of the {@code syntax} layer cannot be switched off: a file that cannot be read cannot
 * be validated.
 *
 * <p>As a file (UTF-8 properties):
 * <pre>
 * # no external references in our exchanges
 * rule.references-resolve = off
 * code.rule.partnership-single-country = error
 * code.model.text-not-nfc = off
 * </pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RuleProfile {

    /** Every rule on, every code at its default severity. */
    public static final RuleProfile DEFAULTS = new RuleProfile(Set.of(), Map.of(), Set.of());

    private final Set<String> disabledRules;
    private final Map<String, Severity> severities;
    private final Set<String> disabledCodes;

    private RuleProfile(Set<String> disabledRules, Map<String, Severity> severities, Set<String> disabledCodes) {
        this.disabledRules = Set.copyOf(disabledRules);
        this.severities = Map.copyOf(severities);
        this.disabledCodes = Set.copyOf(disabledCodes);
    }

    /**
     * Starts an empty profile (every rule on, default severities).
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a profile file.
     *
     * @param file a UTF-8 properties file as in the class description
     * @return the profile
     * @throws JisrException   when an entry is not understood (the message names it)
     * @throws JisrIOException when the file cannot be read
     */
    public static RuleProfile read(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new JisrIOException("could not read the profile " + file, e);
        }
        Builder b = builder();
        for (String key : new java.util.TreeSet<>(p.stringPropertyNames())) {
            String value = p.getProperty(key).trim().toLowerCase(Locale.ROOT);
            if (key.startsWith("rule.")) {
                if (!value.equals("off") && !value.equals("on")) {
                    throw new JisrException(file + ": " + key + " must be on or off, not " + value);
                }
                if (value.equals("off")) {
                    b.disableRule(key.substring(5));
                }
            } else if (key.startsWith("code.")) {
                String code = key.substring(5);
                switch (value) {
                    case "off" -> b.disableCode(code);
                    case "error" -> b.severity(code, Severity.ERROR);
                    case "warning" -> b.severity(code, Severity.WARNING);
                    case "info" -> b.severity(code, Severity.INFO);
                    default -> throw new JisrException(file + ": " + key + " must be error, warning, info or off, not "
                            + value);
                }
            } else {
                throw new JisrException(file + ": unknown entry " + key + " (entries start with rule. or code.)");
            }
        }
        return b.build();
    }

    /**
     * Tells whether a rule runs.
     *
     * @param ruleId the rule's id
     * @return {@code false} when the profile switches it off
     */
    public boolean isRuleEnabled(String ruleId) {
        return !disabledRules.contains(ruleId);
    }

    /**
     * Returns the severity a finding of this type has under this profile.
     *
     * @param type the finding type
     * @return the severity, or empty when the profile switches the code off
     */
    public Optional<Severity> severityOf(FindingType type) {
        if (type.layer() != Layer.SYNTAX && disabledCodes.contains(type.code())) {
            return Optional.empty();
        }
        return Optional.of(severities.getOrDefault(type.code(), type.defaultSeverity()));
    }

    /** Builds a {@link RuleProfile}; not thread-safe. */
    public static final class Builder {
        private final Set<String> disabledRules = new HashSet<>();
        private final Map<String, Severity> severities = new HashMap<>();
        private final Set<String> disabledCodes = new HashSet<>();

        private Builder() {
        }

        /**
         * Switches a rule off.
         *
         * @param ruleId the rule's id
         * @return this builder
         */
        public Builder disableRule(String ruleId) {
            disabledRules.add(ruleId);
            return this;
        }

        /**
         * Sets the severity of a code.
         *
         * @param code     the finding code
         * @param severity its severity
         * @return this builder
         */
        public Builder severity(String code, Severity severity) {
            disabledCodes.remove(code);
            severities.put(code, severity);
            return this;
        }

        /**
         * Switches a code off (ignored for {@code syntax} codes).
         *
         * @param code the finding code
         * @return this builder
         */
        public Builder disableCode(String code) {
            severities.remove(code);
            disabledCodes.add(code);
            return this;
        }

        /**
         * Builds the profile.
         *
         * @return the profile
         */
        public RuleProfile build() {
            return new RuleProfile(disabledRules, severities, disabledCodes);
        }
    }
}
