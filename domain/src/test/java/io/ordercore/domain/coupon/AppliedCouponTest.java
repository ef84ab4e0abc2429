package io.ordercore.domain.coupon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.domain.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a coupon takes off a price: floor(price x percent / 100) in kopecks, or everything for FULL. */
class AppliedCouponTest {

    private static final CouponCode CODE = new CouponCode("TESTCODE");

    @ParameterizedTest(name = "{1} {2}% of {0} kopecks = {3}")
    @CsvSource({
            // price, kind, percent, discount (kopecks)
            "333,    PERCENT,      10, 33",     // 33.3 -> 33
            "1,      PERCENT,      99, 0",      // 0.99 -> 0: nothing off one kopeck
            "1,      PERCENT,      1,  0",
            "99,     PERCENT,      1,  0",      // 0.99 -> 0
            "100,    PERCENT,      1,  1",      // exactly 1
            "199,    PERCENT,      1,  1",      // 1.99 -> 1, never rounded up
            "200,    PERCENT,      1,  2",
            "333,    PERCENT,      99, 329",    // 329.67 -> 329
            "335,    PERCENT,      10, 33",     // 33.5 -> 33, not 34
            "101,    PERCENT,      50, 50",     // 50.5 -> 50
            "0,      PERCENT,      50, 0",
            "50000,  PERCENT,      4,  2000",
            "99999,  SUPER,        33, 32999",  // 32999.67 -> 32999
            "12345,  SUPER,        20, 2469",
            "9999,   REPEAT_ORDER, 10, 999",    // 999.9 -> 999
            "10000,  REPEAT_ORDER, 10, 1000",
            "333,    FULL,         100, 333",
            "1,      FULL,         100, 1",
            "0,      FULL,         100, 0"})
    void the_discount_is_floored_in_kopecks(long price, CouponKind kind, int percent, long discount) {
        AppliedCoupon coupon = new AppliedCoupon(CODE, kind, percent);

        assertThat(coupon.discountOn(Money.kopecks(price))).isEqualTo(Money.kopecks(discount));
    }

    @Test
    void a_huge_price_does_not_overflow_or_round() {
        long price = 1_000_000_000_00L + 99; // a billion roubles and 99 kopecks
        assertThat(new AppliedCoupon(CODE, CouponKind.PERCENT, 99).discountOn(Money.kopecks(price)))
                .isEqualTo(Money.kopecks(Math.floorDiv(price * 99, 100)));
    }

    @ParameterizedTest
    @EnumSource(value = CouponKind.class, names = {"PERCENT", "SUPER", "REPEAT_ORDER"})
    void percent_coupons_take_1_to_99(CouponKind kind) {
        assertThatCode(() -> new AppliedCoupon(CODE, kind, 1)).doesNotThrowAnyException();
        assertThatCode(() -> new AppliedCoupon(CODE, kind, 99)).doesNotThrowAnyException();
        for (int outside : new int[] {Integer.MIN_VALUE, -1, 0, 100, 101}) {
            assertThatThrownBy(() -> new AppliedCoupon(CODE, kind, outside))
                    .as("%s %d%%", kind, outside).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 50, 99, 101, -100})
    void a_full_coupon_is_exactly_100_percent(int percent) {
        assertThatThrownBy(() -> new AppliedCoupon(CODE, CouponKind.FULL, percent))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FULL");
        assertThat(new AppliedCoupon(CODE, CouponKind.FULL, 100).percent()).isEqualTo(100);
    }

    @Test
    void code_and_kind_are_required() {
        assertThatThrownBy(() -> new AppliedCoupon(null, CouponKind.PERCENT, 5)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new AppliedCoupon(CODE, null, 5)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void the_discount_keeps_the_currency_of_the_price() {
        Money euros = Money.ofMinor(1001, java.util.Currency.getInstance("EUR"));

        assertThat(new AppliedCoupon(CODE, CouponKind.PERCENT, 10).discountOn(euros))
                .isEqualTo(Money.ofMinor(100, java.util.Currency.getInstance("EUR")));
    }
}
