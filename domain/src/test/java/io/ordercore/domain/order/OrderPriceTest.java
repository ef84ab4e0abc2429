package io.ordercore.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.domain.coupon.AppliedCoupon;
import io.ordercore.domain.coupon.CouponCode;
import io.ordercore.domain.coupon.CouponKind;
import io.ordercore.domain.shared.Money;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An order's price snapshot: price, the coupon's discount (floored in kopecks), total = price - discount. */
class OrderPriceTest {

    private static AppliedCoupon coupon(CouponKind kind, int percent) {
        return new AppliedCoupon(new CouponCode("PRICECODE"), kind, percent);
    }

    @ParameterizedTest(name = "{0} kopecks with {1} {2}%: discount {3}, total {4}")
    @CsvSource({
            "333,   PERCENT,      10,  33,    300",
            "1,     PERCENT,      99,  0,     1",
            "1,     SUPER,        1,   0,     1",
            "99,    PERCENT,      1,   0,     99",
            "100,   PERCENT,      1,   1,     99",
            "335,   PERCENT,      10,  33,    302",
            "333,   PERCENT,      99,  329,   4",
            "50000, PERCENT,      4,   2000,  48000",
            "49999, REPEAT_ORDER, 10,  4999,  45000",
            "33300, SUPER,        33,  10989, 22311",
            "333,   FULL,         100, 333,   0",
            "1,     FULL,         100, 1,     0"})
    void the_total_is_the_price_less_the_floored_discount(long price, CouponKind kind, int percent, long discount, long total) {
        OrderPrice p = OrderPrice.withCoupon(Money.kopecks(price), coupon(kind, percent));

        assertThat(p.price()).isEqualTo(Money.kopecks(price));
        assertThat(p.discount()).isEqualTo(Money.kopecks(discount));
        assertThat(p.total()).isEqualTo(Money.kopecks(total));
        assertThat(p.coupon()).contains(coupon(kind, percent));
        assertThat(new OrderPrice(Money.kopecks(price), Money.kopecks(discount), Optional.of(coupon(kind, percent))))
                .as("the same price built by hand").isEqualTo(p);
    }

    @Test
    void a_discount_rounded_any_other_way_is_refused() {
        AppliedCoupon tenPercent = coupon(CouponKind.PERCENT, 10);

        // 335 x 10% = 33.5: floor is 33; rounding half up (34) or down-then-one-off (32) are not what the coupon gives
        assertThatThrownBy(() -> new OrderPrice(Money.kopecks(335), Money.kopecks(34), Optional.of(tenPercent)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not what the coupon gives");
        assertThatThrownBy(() -> new OrderPrice(Money.kopecks(335), Money.kopecks(32), Optional.of(tenPercent)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderPrice(Money.kopecks(1), Money.kopecks(1), Optional.of(coupon(CouponKind.PERCENT, 99))))
                .as("99% of one kopeck is nothing").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_full_coupon_discounts_the_whole_price_and_nothing_less() {
        AppliedCoupon full = coupon(CouponKind.FULL, 100);

        assertThat(OrderPrice.withCoupon(Money.roubles(500), full).total()).isEqualTo(Money.kopecks(0));
        assertThatThrownBy(() -> new OrderPrice(Money.roubles(500), Money.kopecks(49_999), Optional.of(full)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void without_a_coupon_there_is_no_discount() {
        OrderPrice p = OrderPrice.undiscounted(Money.kopecks(333));

        assertThat(p.discount()).isEqualTo(Money.kopecks(0));
        assertThat(p.total()).isEqualTo(Money.kopecks(333));
        assertThat(p.coupon()).isEmpty();
        assertThatThrownBy(() -> new OrderPrice(Money.kopecks(333), Money.kopecks(1), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_total_is_never_negative() {
        assertThatThrownBy(() -> new OrderPrice(Money.kopecks(100), Money.kopecks(101), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exceeds");
        assertThatThrownBy(() -> new OrderPrice(Money.kopecks(-1), Money.kopecks(0), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderPrice(Money.kopecks(100), Money.kopecks(-1), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
