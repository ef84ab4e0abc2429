package io.ordercore.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void roubles_are_stored_as_kopecks() {
        assertThat(Money.roubles(1500)).isEqualTo(Money.kopecks(150_000)).isEqualTo(Money.ofMinor(150_000, Money.RUB));
        assertThat(Money.roubles(1500).currency().getCurrencyCode()).isEqualTo("RUB");
    }

    @Test
    void adds_and_subtracts_in_minor_units() {
        assertThat(Money.kopecks(150).plus(Money.kopecks(275))).isEqualTo(Money.kopecks(425));
        assertThat(Money.kopecks(150).minus(Money.kopecks(275))).isEqualTo(Money.kopecks(-125));
        assertThat(Money.kopecks(150).minus(Money.kopecks(150)).isZero()).isTrue();
    }

    @Test
    void sign_checks() {
        assertThat(Money.kopecks(1).isPositive()).isTrue();
        assertThat(Money.kopecks(0).isPositive()).isFalse();
        assertThat(Money.kopecks(0).isNegative()).isFalse();
        assertThat(Money.kopecks(-1).isNegative()).isTrue();
        assertThat(Money.zero(USD)).isEqualTo(Money.ofMinor(0, USD));
    }

    @Test
    void refuses_to_mix_currencies() {
        Money rub = Money.roubles(1);
        Money usd = Money.ofMinor(100, USD);

        assertThatThrownBy(() -> rub.plus(usd)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("currency");
        assertThatThrownBy(() -> rub.minus(usd)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rub.compareTo(usd)).isInstanceOf(IllegalArgumentException.class);
        assertThat(rub).isNotEqualTo(Money.ofMinor(100, USD));
    }

    @Test
    void needs_a_currency() {
        assertThatThrownBy(() -> Money.ofMinor(1, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void compares_by_amount() {
        assertThat(Money.kopecks(99)).isLessThan(Money.roubles(1));
        assertThat(Money.roubles(1)).isEqualByComparingTo(Money.kopecks(100));
    }

    @ParameterizedTest(name = "{1}% of {0} = {2}")
    @CsvSource({
            "10000, 0, 0",
            "10000, 100, 10000",
            "10000, 25, 2500",
            "999, 50, 499",     // 499.5 floors
            "1, 99, 0",         // 0.99 floors
            "333, 33, 109",     // 109.89 floors
            "-101, 50, -51",    // floor, not truncation toward zero
            "0, 100, 0"
    })
    void percent_floors_in_minor_units(long minor, int percent, long expected) {
        assertThat(Money.kopecks(minor).percent(percent)).isEqualTo(Money.kopecks(expected));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void percent_outside_0_to_100_is_refused(int percent) {
        assertThatThrownBy(() -> Money.roubles(100).percent(percent)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overflow_is_an_error_never_a_wrap_around() {
        Money max = Money.kopecks(Long.MAX_VALUE);
        Money min = Money.kopecks(Long.MIN_VALUE);

        assertThatThrownBy(() -> max.plus(Money.kopecks(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> min.minus(Money.kopecks(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> max.percent(2)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.roubles(Long.MAX_VALUE / 100 + 1)).isInstanceOf(ArithmeticException.class);
        assertThat(Money.roubles(Long.MAX_VALUE / 100).minor()).isEqualTo(Long.MAX_VALUE / 100 * 100);
    }

    @Test
    void to_decimal_uses_the_currency_scale() {
        assertThat(Money.kopecks(150_000).toDecimal()).isEqualTo(new BigDecimal("1500.00"));
        assertThat(Money.kopecks(5).toDecimal()).isEqualTo(new BigDecimal("0.05"));
        assertThat(Money.kopecks(-250).toDecimal()).isEqualTo(new BigDecimal("-2.50"));
        assertThat(Money.ofMinor(1500, JPY).toDecimal()).isEqualTo(new BigDecimal("1500"));
        // Currencies without a default scale (gold) are read as whole units rather than failing.
        assertThat(Money.ofMinor(7, Currency.getInstance("XAU")).toDecimal()).isEqualTo(new BigDecimal("7"));
    }

    @Test
    void prints_amount_and_currency() {
        assertThat(Money.roubles(1500)).hasToString("1500.00 RUB");
        assertThat(Money.kopecks(1)).hasToString("0.01 RUB");
    }
}
