package io.ordercore.domain.coupon;

import io.ordercore.domain.shared.Money;
import java.util.Objects;

/** The coupon an order carries, as it was when applied: its code, kind and percent. */
public record AppliedCoupon(CouponCode code, CouponKind kind, int percent) {

    public AppliedCoupon {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        if (kind == CouponKind.FULL ? percent != 100 : percent < 1 || percent > 99) {
            throw new IllegalArgumentException("a " + kind + " coupon cannot take " + percent + "%");
        }
    }

    /** floor(price x percent / 100) in minor units; the whole price for a FULL coupon. */
    public Money discountOn(Money price) {
        return kind == CouponKind.FULL ? price : price.percent(percent);
    }
}
