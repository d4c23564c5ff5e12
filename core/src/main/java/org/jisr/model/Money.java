package org.jisr.model;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.OptionalInt;

/**
 * An amount of money in an ISO 4217 currency: {@code {"amount": 15000.000, "currency": "TND"}}.
 *
 * <p>The amount is kept with the currency's minor units: an amount with fewer decimals is
 * padded ({@code 12.5 EUR} becomes {@code 12.50}), so that equal amounts are equal values and
 * are written the same way. An amount with more decimals than the currency has
 * ({@code 1.234 EUR}) is kept as it is, for the validator to report.
 *
 * @param amount   the amount, not negative
 * @param currency the ISO 4217 alphabetic code ({@code EUR}, {@code TND})
 * @since 0.1
 */
public record Money(BigDecimal amount, String currency) {


    /**
     * Creates an amount of money.
     *
     * @throws IllegalArgumentException when the amount is negative or the currency is not
     *                                  three capital letters
     */
    public Money {
        Checks.required(amount, "amount");
        Checks.required(currency, "currency");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
        if (!isCurrencyShape(currency)) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code: " + currency);
        }
        OptionalInt minor = minorUnits(currency);
        if (amount.scale() < 0) {
            amount = amount.setScale(0);
        }
        if (minor.isPresent() && amount.scale() < minor.getAsInt()) {
            amount = amount.setScale(minor.getAsInt());
        }
    }

    /**
     * Creates an amount of money.
     *
     * @param amount   the amount as a decimal string ({@code "1500.50"})
     * @param currency the ISO 4217 code
     * @return the money value
     */
    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    /**
     * Returns the number of minor units (decimals) of an ISO 4217 currency: 2 for EUR, 3 for TND.
     *
     * @param currency an ISO 4217 alphabetic code
     * @return the number of decimals, or empty for a code this JVM does not know or a currency
     *         without minor units defined (such as gold)
     */
    public static OptionalInt minorUnits(String currency) {
        try {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            return digits < 0 ? OptionalInt.empty() : OptionalInt.of(digits);
        } catch (IllegalArgumentException unknown) {
            return OptionalInt.empty();
        }
    }

    /** Whether a code is three upper-case ASCII letters ([A-Z]{3}). */
    private static boolean isCurrencyShape(String code) {
        if (code.length() != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            char c = code.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }
}
