package io.ordercore.domain.order;

import io.ordercore.domain.coupon.AppliedCoupon;
import io.ordercore.domain.shared.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * The price snapshot of an order: the call type's price when ordered, the coupon applied (if any)
 * and the discount it grants; the total is derived and never negative. The discount is always
 * exactly what the coupon gives: floor(price x percent / 100), or the whole price for FULL.
 */
public record OrderPrice(Money price, Money discount, Optional<AppliedCoupon> coupon) {

    public OrderPrice {
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(coupon, "coupon");
        if (price.isNegative() || discount.isNegative()) {
            throw new IllegalArgumentException("price and discount cannot be negative");
        }
        if (discount.compareTo(price) > 0) {
            throw new IllegalArgumentException("discount " + discount + " exceeds price " + price);
        }
        Money expected = coupon.map(c -> c.discountOn(price)).orElse(Money.zero(price.currency()));
        if (!discount.equals(expected)) {
            throw new IllegalArgumentException("discount " + discount + " is not what the coupon gives (" + expected + ")");
        }
    }

    public static OrderPrice undiscounted(Money price) {
        return new OrderPrice(price, Money.zero(price.currency()), Optional.empty());
    }

    public static OrderPrice withCoupon(Money price, AppliedCoupon coupon) {
        return new OrderPrice(price, coupon.discountOn(price), Optional.of(coupon));
    }

    public Money total() {
        return price.minus(discount);
    }
}
