package io.ordercore.application.service;

import io.ordercore.application.port.out.Coupons;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.coupon.Coupon;
import io.ordercore.domain.coupon.CouponCode;
import io.ordercore.domain.coupon.CouponRefusal;
import io.ordercore.domain.coupon.CouponRefusedException;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.workflow.Actor;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * Activates a coupon on an order, in the caller's transaction: the order's own rules first (so no
 * coupon is wasted on an order that cannot take it), then the coupon's, then the atomic claim in
 * storage, then the price change. A refusal anywhere leaves coupon and order as they were.
 */
final class CouponActivation {

    private final Coupons coupons;
    private final Clock clock;

    CouponActivation(Coupons coupons, Clock clock) {
        this.coupons = coupons;
        this.clock = clock;
    }

    /** @return the coupon activated; the order is changed but not saved */
    Coupon activate(Order order, CouponCode code, AccountId client, Actor actor) {
        order.couponRefusal().ifPresent(refusal -> {
            throw new CouponRefusedException(refusal);
        });
        Coupon coupon = coupons.findByCode(code).orElseThrow(() -> new CouponRefusedException(CouponRefusal.UNKNOWN));
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        coupon.refusalFor(client, now).ifPresent(refusal -> {
            throw new CouponRefusedException(refusal);
        });
        switch (coupons.claim(coupon, order.id(), client, now)) {
            case CLAIMED -> order.applyCoupon(coupon.applied(), actor, clock);
            case ALREADY_USED -> throw new CouponRefusedException(CouponRefusal.ALREADY_USED);
            case ALREADY_USED_BY_CLIENT -> throw new CouponRefusedException(CouponRefusal.ALREADY_USED_BY_YOU);
            case LIMIT_REACHED -> throw new CouponRefusedException(CouponRefusal.LIMIT_REACHED);
            case GONE -> throw new CouponRefusedException(CouponRefusal.UNKNOWN);
        }
        return coupon;
    }
}
