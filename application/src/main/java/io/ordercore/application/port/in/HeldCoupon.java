package io.ordercore.application.port.in;

import io.ordercore.domain.coupon.Coupon;
import java.util.Objects;

/**
 * A coupon granted or sent to a client, as that client sees it.
 *
 * @param usedByYou whether this client has activated it (a sent code may have been used by someone else)
 */
public record HeldCoupon(Coupon coupon, boolean usedByYou) {

    public HeldCoupon {
        Objects.requireNonNull(coupon, "coupon");
    }
}
