package org.jisr.validation;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of finding: its stable code, the layer that raises it, its default severity, the names
 * of its parameters, and the resource bundle that holds its messages in French, Arabic and
 * English. Codes are frozen once released: a code is never renamed or given another meaning.
 *
 * <p>Jisr's own codes are {@code layer.kebab-name} ({@code syntax.duplicate-key},
 * {@code model.identifier-check-digit}); a user's rule uses its own prefix
 * ({@code ville-de-sousse.budget-line}).
 *
 * @param code            the stable code
 * @param layer           the layer that raises it
 * @param defaultSeverity its severity unless a {@link RuleProfile} says otherwise
 * @param parameters      the names of its parameters, as used in its messages ({@code {property}})
 * @param messageBundle   the base name of the {@code ResourceBundle} holding its messages
 * @since 0.1
 */
public record FindingType(String code, Layer layer, Severity defaultSeverity, List<String> parameters,
        String messageBundle) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*");

    /** The prefix of the bundles of Jisr's own messages: one bundle per layer. */
    public static final String JISR_MESSAGES = "org.jisr.validation.messages.";

    /**
     * Creates a finding type.
     *
     * @throws IllegalArgumentException when the code is not lower-case words joined by dots
     *                                  and hyphens
     */
    public FindingType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(messageBundle, "messageBundle");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a finding code is lower-case words joined by '.' or '-': " + code);
        }
    }

    /**
     * A finding type of Jisr's own, with its messages in Jisr's bundle of its layer
     * ({@code org.jisr.validation.messages.syntax}, {@code ….schema}, {@code ….model},
     * {@code ….rule}, {@code ….adapter}).
     *
     * @param code            the code
     * @param layer           the layer
     * @param defaultSeverity the default severity
     * @param parameters      parameter names
     * @return the finding type
     */
    public static FindingType jisr(String code, Layer layer, Severity defaultSeverity, String... parameters) {
        return new FindingType(code, layer, defaultSeverity, List.of(parameters), JISR_MESSAGES + layer.code());
    }
}
