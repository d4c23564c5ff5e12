package org.jisr.validation.internal.model;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jisr.model.Identifier;
import org.jisr.model.Money;
import org.jisr.model.MultilingualText;
import org.jisr.model.TimeSpan;
import org.jisr.validation.internal.model.Constraints.CleanText;
import org.jisr.validation.internal.model.Constraints.KnownCountry;
import org.jisr.validation.internal.model.Constraints.KnownLanguageTag;
import org.jisr.validation.internal.model.Constraints.OrderedPeriod;
import org.jisr.validation.internal.model.Constraints.PayableMoney;
import org.jisr.validation.internal.model.Constraints.PossibleIdentifier;

/**
 * The validators of Jisr's {@link Constraints}. Stateless, so Hibernate Validator may share one
 * instance between threads. Each problem becomes one constraint violation whose dynamic payload
 * is the {@link Problem}, at the property of the offending value (the {@code value} of an
 * identifier, the {@code end} of a period, the language of a multilingual text).
 */
public final class ConstraintValidators {

    private ConstraintValidators() {
    }

    /**
     * Receives what a check finds: the node under the checked value where the problem is (a
     * property such as {@code value} or {@code end}, the language tag of a multilingual text, or
     * {@code ""} for the value itself) and the problem.
     */
    @FunctionalInterface
    interface Found {
        void problem(String node, Problem problem);
    }

    /** Checks each text of a multilingual text; the node is its language tag. */
    static void checkTexts(MultilingualText value, Found out) {
        for (Map.Entry<String, String> e : value.texts().entrySet()) {
            String tag = e.getKey();
            if (!LanguageTags.isKnown(tag)) {
                out.problem(tag, Problem.of(ModelFindings.LANGUAGE_TAG, tag));
            }
            TextChecks.check(tag, e.getValue(), p -> out.problem(tag, p));
        }
    }

    /** Checks an untagged free text (an acronym, a licence). */
    static void checkFreeText(String value, Found out) {
        TextChecks.check(TextChecks.UNDETERMINED, value, p -> out.problem("", p));
    }

    /** Checks the language tag of a source or a document. */
    static void checkLanguageTag(String value, Found out) {
        if (!LanguageTags.isKnown(value)) {
            out.problem("", Problem.of(ModelFindings.LANGUAGE_TAG, value));
        }
    }

    /** Checks that a country code names a country. */
    static void checkCountry(String value, Found out) {
        if (!KnownCodes.COUNTRIES.contains(value)) {
            out.problem("", Problem.of(ModelFindings.UNKNOWN_COUNTRY, value));
        }
    }

    /** Checks an identifier's value, reported at {@code value}. */
    static void checkIdentifier(Identifier value, Found out) {
        IdentifierChecks.check(value).ifPresent(type ->
                out.problem("value", Problem.of(type, value.scheme(), value.value())));
        // The schema holds the other schemes' values to ASCII patterns already.
        if (value.scheme().equals(Identifier.URI) || value.scheme().startsWith("x-")) {
            OptionalInt at = Confusables.find(value.value());
            if (at.isPresent()) {
                String v = value.value();
                out.problem("value", Problem.of(ModelFindings.IDENTIFIER_CONFUSABLE, value.scheme(), v,
                        TextChecks.codePoint(v.codePointAt(at.getAsInt())),
                        String.valueOf(v.codePointCount(0, at.getAsInt()) + 1)));
            }
        }
    }

    /** Checks an amount of money: its currency at {@code currency}, its decimals at {@code amount}. */
    static void checkMoney(Money value, Found out) {
        String code = value.currency();
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException unknown) {
            out.problem("currency", Problem.of(ModelFindings.UNKNOWN_CURRENCY, code));
            return;
        }
        OptionalInt minor = Money.minorUnits(currency.getCurrencyCode());
        BigDecimal amount = value.amount();
        if (minor.isPresent() && amount.stripTrailingZeros().scale() > minor.getAsInt()) {
            out.problem("amount", Problem.of(ModelFindings.MONEY_MINOR_UNITS, amount.toPlainString(), code,
                    String.valueOf(minor.getAsInt())));
        }
    }

    /** Checks a period: its end at {@code end}, its time zone at {@code timeZone}. */
    static void checkPeriod(TimeSpan value, Found out) {
        Temporal end = value.end();
        if (end != null && endsBeforeStart(value.start(), end)) {
            out.problem("end", Problem.of(ModelFindings.PERIOD_ORDER, format(value.start()), format(end)));
        }
        String zone = value.timeZone();
        if (zone != null && !KnownCodes.TIME_ZONES.contains(zone)) {
            out.problem("timeZone", Problem.of(ModelFindings.UNKNOWN_TIME_ZONE, zone));
        }
    }

    private static boolean endsBeforeStart(Temporal start, Temporal end) {
        if (start instanceof OffsetDateTime s && end instanceof OffsetDateTime e) {
            Instant from = s.toInstant();
            return e.toInstant().isBefore(from);
        }
        if (start instanceof LocalDate s && end instanceof LocalDate e) {
            return e.isBefore(s);
        }
        return false;
    }

    private static String format(Temporal t) {
        return t instanceof OffsetDateTime dt ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dt) : t.toString();
    }

    /** Reports what a check found at a property node under the validated value (or on it, for {@code ""}). */
    private static <T> boolean report(ConstraintValidatorContext context, Check<T> check, T value) {
        boolean[] valid = {true};
        check.check(value, (node, p) -> {
            ConstraintViolationBuilder b = violation(context, p);
            if (node.isEmpty()) {
                b.addConstraintViolation();
            } else {
                b.addPropertyNode(node).addConstraintViolation();
            }
            valid[0] = false;
        });
        return valid[0];
    }

    /** One of the checks above. */
    @FunctionalInterface
    interface Check<T> {
        void check(T value, Found out);
    }

    /** Starts a violation that carries a problem. */
    static ConstraintViolationBuilder violation(ConstraintValidatorContext context, Problem problem) {
        context.disableDefaultConstraintViolation();
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        hibernate.withDynamicPayload(problem);
        return hibernate.buildConstraintViolationWithTemplate(Constraints.UNUSED_MESSAGE);
    }

    /** Checks each text of a multilingual text, reported at its language. */
    public static final class MultilingualTextValidator implements ConstraintValidator<CleanText, MultilingualText> {
        /** Creates the validator. */
        public MultilingualTextValidator() {
        }

        @Override
        public boolean isValid(MultilingualText value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            boolean[] valid = {true};
            checkTexts(value, (tag, p) -> {
                violation(context, p).addPropertyNode(JsonPointers.TEXTS)
                        .addContainerElementNode(JsonPointers.MAP_VALUE, Map.class, 1)
                        .inIterable().atKey(tag).addConstraintViolation();
                valid[0] = false;
            });
            return valid[0];
        }
    }

    /** Checks an untagged free text (an acronym, a licence). */
    public static final class FreeTextValidator implements ConstraintValidator<CleanText, String> {
        /** Creates the validator. */
        public FreeTextValidator() {
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || report(context, ConstraintValidators::checkFreeText, value);
        }
    }

    /** Checks the language tag of a source or a document. */
    public static final class LanguageTagValidator implements ConstraintValidator<KnownLanguageTag, String> {
        /** Creates the validator. */
        public LanguageTagValidator() {
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || report(context, ConstraintValidators::checkLanguageTag, value);
        }
    }

    /** Checks that a country code names a country. */
    public static final class CountryValidator implements ConstraintValidator<KnownCountry, String> {
        /** Creates the validator. */
        public CountryValidator() {
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || report(context, ConstraintValidators::checkCountry, value);
        }
    }

    /** Checks an identifier's value, reported at {@code value}. */
    public static final class IdentifierValidator implements ConstraintValidator<PossibleIdentifier, Identifier> {
        /** Creates the validator. */
        public IdentifierValidator() {
        }

        @Override
        public boolean isValid(Identifier value, ConstraintValidatorContext context) {
            return value == null || report(context, ConstraintValidators::checkIdentifier, value);
        }
    }

    /** Checks an amount of money: its currency at {@code currency}, its decimals at {@code amount}. */
    public static final class MoneyValidator implements ConstraintValidator<PayableMoney, Money> {
        /** Creates the validator. */
        public MoneyValidator() {
        }

        @Override
        public boolean isValid(Money value, ConstraintValidatorContext context) {
            return value == null || report(context, ConstraintValidators::checkMoney, value);
        }
    }

    /** Checks a period: its end at {@code end}, its time zone at {@code timeZone}. */
    public static final class PeriodValidator implements ConstraintValidator<OrderedPeriod, TimeSpan> {
        /** Creates the validator. */
        public PeriodValidator() {
        }

        @Override
        public boolean isValid(TimeSpan value, ConstraintValidatorContext context) {
            return value == null || report(context, ConstraintValidators::checkPeriod, value);
        }
    }
}
