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
            boolean valid = true;
            for (Map.Entry<String, String> e : value.texts().entrySet()) {
                String tag = e.getKey();
                List<Problem> problems = new ArrayList<>();
                if (!LanguageTags.isKnown(tag)) {
                    problems.add(Problem.of(ModelFindings.LANGUAGE_TAG, tag));
                }
                TextChecks.check(tag, e.getValue(), problems::add);
                for (Problem p : problems) {
                    violation(context, p).addPropertyNode(JsonPointers.TEXTS)
                            .addContainerElementNode(JsonPointers.MAP_VALUE, Map.class, 1)
                            .inIterable().atKey(tag).addConstraintViolation();
                    valid = false;
                }
            }
            return valid;
        }
    }

    /** Checks an untagged free text (an acronym, a licence). */
    public static final class FreeTextValidator implements ConstraintValidator<CleanText, String> {
        /** Creates the validator. */
        public FreeTextValidator() {
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            List<Problem> problems = new ArrayList<>();
            TextChecks.check(TextChecks.UNDETERMINED, value, problems::add);
            for (Problem p : problems) {
                violation(context, p).addConstraintViolation();
            }
            return problems.isEmpty();
        }
    }

    /** Checks the language tag of a source or a document. */
    public static final class LanguageTagValidator implements ConstraintValidator<KnownLanguageTag, String> {
        /** Creates the validator. */
        public LanguageTagValidator() {
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || LanguageTags.isKnown(value)) {
                return true;
            }
            violation(context, Problem.of(ModelFindings.LANGUAGE_TAG, value)).addConstraintViolation();
            return false;
        }
    }

    /** Checks that a country code names a country. */
    public static final class CountryValidator implements ConstraintValidator<KnownCountry, String> {
        /** Creates the validator. */
        public CountryValidator() {
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || KnownCodes.COUNTRIES.contains(value)) {
                return true;
            }
            violation(context, Problem.of(ModelFindings.UNKNOWN_COUNTRY, value)).addConstraintViolation();
            return false;
        }
    }

    /** Checks an identifier's value, reported at {@code value}. */
    public static final class IdentifierValidator implements ConstraintValidator<PossibleIdentifier, Identifier> {
        /** Creates the validator. */
        public IdentifierValidator() {
        }

        @Override
        public boolean isValid(Identifier value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            boolean valid = IdentifierChecks.check(value).map(type -> {
                violation(context, Problem.of(type, value.scheme(), value.value())).addPropertyNode("value")
                        .addConstraintViolation();
                return false;
            }).orElse(true);
            // The schema holds the other schemes' values to ASCII patterns already.
            if (value.scheme().equals(Identifier.URI) || value.scheme().startsWith("x-")) {
                OptionalInt at = Confusables.find(value.value());
                if (at.isPresent()) {
                    String v = value.value();
                    violation(context, Problem.of(ModelFindings.IDENTIFIER_CONFUSABLE, value.scheme(), v,
                            TextChecks.codePoint(v.codePointAt(at.getAsInt())),
                            String.valueOf(v.codePointCount(0, at.getAsInt()) + 1)))
                            .addPropertyNode("value").addConstraintViolation();
                    valid = false;
                }
            }
            return valid;
        }
    }

    /** Checks an amount of money: its currency at {@code currency}, its decimals at {@code amount}. */
    public static final class MoneyValidator implements ConstraintValidator<PayableMoney, Money> {
        /** Creates the validator. */
        public MoneyValidator() {
        }

        @Override
        public boolean isValid(Money value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            String code = value.currency();
            Currency currency;
            try {
                currency = Currency.getInstance(code);
            } catch (IllegalArgumentException unknown) {
                violation(context, Problem.of(ModelFindings.UNKNOWN_CURRENCY, code)).addPropertyNode("currency")
                        .addConstraintViolation();
                return false;
            }
            OptionalInt minor = Money.minorUnits(currency.getCurrencyCode());
            BigDecimal amount = value.amount();
            if (minor.isPresent() && amount.stripTrailingZeros().scale() > minor.getAsInt()) {
                violation(context, Problem.of(ModelFindings.MONEY_MINOR_UNITS, amount.toPlainString(), code,
                        String.valueOf(minor.getAsInt()))).addPropertyNode("amount").addConstraintViolation();
                return false;
            }
            return true;
        }
    }

    /** Checks a period: its end at {@code end}, its time zone at {@code timeZone}. */
    public static final class PeriodValidator implements ConstraintValidator<OrderedPeriod, TimeSpan> {
        /** Creates the validator. */
        public PeriodValidator() {
        }

        @Override
        public boolean isValid(TimeSpan value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            boolean valid = true;
            Temporal end = value.end();
            if (end != null && endsBeforeStart(value.start(), end)) {
                violation(context, Problem.of(ModelFindings.PERIOD_ORDER, format(value.start()), format(end)))
                        .addPropertyNode("end").addConstraintViolation();
                valid = false;
            }
            String zone = value.timeZone();
            if (zone != null && !KnownCodes.TIME_ZONES.contains(zone)) {
                violation(context, Problem.of(ModelFindings.UNKNOWN_TIME_ZONE, zone)).addPropertyNode("timeZone")
                        .addConstraintViolation();
                valid = false;
            }
            return valid;
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
    }
}
