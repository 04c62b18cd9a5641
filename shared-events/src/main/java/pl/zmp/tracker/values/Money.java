package pl.zmp.tracker.values;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * An exact amount in one ISO 4217 currency, kept at the currency's minor-unit scale (PLN 0.01).
 * Amounts in different currencies never add up.
 */
public record Money(BigDecimal amount, String currency) {

    public Money {
        if (amount == null) {
            throw new IllegalArgumentException("amount is required");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + amount.toPlainString());
        }
        int minorUnits = currencyOf(currency).getDefaultFractionDigits();
        if (amount.stripTrailingZeros().scale() > minorUnits) {
            throw new IllegalArgumentException("amount " + amount.toPlainString() + " is finer than a minor unit of " + currency);
        }
        amount = amount.setScale(minorUnits);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }

    private static Currency currencyOf(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code: " + code);
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code: " + code, e);
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
