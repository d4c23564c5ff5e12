package org.jisr.validation.internal.model;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Jisr's constraint annotations. The model records carry none: {@link BeanValidationConstraints}
 * puts them on the model's types and accessors with Hibernate Validator's programmatic mapping,
 * and registers their validators there ({@code validatedBy} is empty on purpose). Their messages
 * are never used: each violation carries a {@link Problem}.
 */
public final class Constraints {

    /** The message template of every violation; Jisr renders its own messages from finding codes. */
    static final String UNUSED_MESSAGE = "jisr";

    private Constraints() {
    }

    /** The texts of a multilingual text, or an untagged free text: characters, normalisation, script, tags. */
    @Target({TYPE, METHOD})
    @Retention(RUNTIME)
    @Constraint(validatedBy = {})
    public @interface CleanText {
        /** @return unused */
        String message() default UNUSED_MESSAGE;

        /** @return the groups */
        Class<?>[] groups() default {};

        /** @return the payload */
        Class<? extends Payload>[] payload() default {};
    }

    /** An identifier's check digit and whether its code can exist. */
    @Target({TYPE, METHOD})
    @Retention(RUNTIME)
    @Constraint(validatedBy = {})
    public @interface PossibleIdentifier {
        /** @return unused */
        String message() default UNUSED_MESSAGE;

        /** @return the groups */
        Class<?>[] groups() default {};

        /** @return the payload */
        Class<? extends Payload>[] payload() default {};
    }

    /** An amount of money: a known currency and no more decimals than its minor units. */
    @Target({TYPE, METHOD})
    @Retention(RUNTIME)
    @Constraint(validatedBy = {})
    public @interface PayableMoney {
        /** @return unused */
        String message() default UNUSED_MESSAGE;

        /** @return the groups */
        Class<?>[] groups() default {};

        /** @return the payload */
        Class<? extends Payload>[] payload() default {};
    }

    /** A period: ordered bounds and a known time zone. */
    @Target({TYPE, METHOD})
    @Retention(RUNTIME)
    @Constraint(validatedBy = {})
    public @interface OrderedPeriod {
        /** @return unused */
        String message() default UNUSED_MESSAGE;

        /** @return the groups */
        Class<?>[] groups() default {};

        /** @return the payload */
        Class<? extends Payload>[] payload() default {};
    }

    /** An ISO 3166-1 alpha-2 country code that exists. */
    @Target({TYPE, METHOD})
    @Retention(RUNTIME)
    @Constraint(validatedBy = {})
    public @interface KnownCountry {
        /** @return unused */
        String message() default UNUSED_MESSAGE;

        /** @return the groups */
        Class<?>[] groups() default {};

        /** @return the payload */
        Class<? extends Payload>[] payload() default {};
    }

    /** A BCP 47 language tag whose subtags exist, in canonical form. */
    @Target({TYPE, METHOD})
    @Retention(RUNTIME)
    @Constraint(validatedBy = {})
    public @interface KnownLanguageTag {
        /** @return unused */
        String message() default UNUSED_MESSAGE;

        /** @return the groups */
        Class<?>[] groups() default {};

        /** @return the payload */
        Class<? extends Payload>[] payload() default {};
    }
}
