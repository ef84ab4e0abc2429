package io.ordercore.domain.shared;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of money: integer minor units (kopecks for RUB) plus a currency. Immutable;
 * arithmetic refuses to mix currencies and never rounds silently.
 */
public record Money(long minor, Currency currency) implements Comparable<Money> {

    public static final Currency RUB = Currency.getInstance("RUB");

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money ofMinor(long minor, Currency currency) {
        return new Money(minor, currency);
    }

    public static Money kopecks(long kopecks) {
        return new Money(kopecks, RUB);
    }

    /** Whole roubles, as catalog prices are entered. */
    public static Money roubles(long roubles) {
        return new Money(Math.multiplyExact(roubles, 100L), RUB);
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minor, other.minor), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minor, other.minor), currency);
    }

    /** {@code floor(this * percent / 100)} in minor units; percent is 0..100. */
    public Money percent(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be 0..100, was " + percent);
        }
        return new Money(Math.floorDiv(Math.multiplyExact(minor, (long) percent), 100L), currency);
    }

    public boolean isZero() {
        return minor == 0;
    }

    public boolean isPositive() {
        return minor > 0;
    }

    public boolean isNegative() {
        return minor < 0;
    }

    /** The amount in major units with the currency's scale, e.g. {@code 1500.00}. */
    public BigDecimal toDecimal() {
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        return BigDecimal.valueOf(minor, digits);
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return toDecimal().toPlainString() + " " + currency.getCurrencyCode();
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " vs " + other.currency);
        }
    }
}
