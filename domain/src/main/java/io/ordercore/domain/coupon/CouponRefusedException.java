package io.ordercore.domain.coupon;

import io.ordercore.domain.shared.DomainException;

/** A coupon cannot be applied; {@link #reason()} says why (its code is the error code). */
public final class CouponRefusedException extends DomainException {

    private final CouponRefusal reason;

    public CouponRefusedException(CouponRefusal reason) {
        super(reason == CouponRefusal.UNKNOWN ? Kind.NOT_FOUND : Kind.REFUSED, reason.code(), reason.message());
        this.reason = reason;
    }

    public CouponRefusal reason() {
        return reason;
    }
}
