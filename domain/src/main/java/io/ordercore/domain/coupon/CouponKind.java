package io.ordercore.domain.coupon;

/** The four kinds of coupon the product has (PRODUCT.md A, "Coupons"). */
public enum CouponKind {
    /** A percent discount (1..99), generated in groups; each coupon used once. */
    PERCENT,
    /** A percent discount granted automatically on a client's every second paid order; theirs only, used once. */
    REPEAT_ORDER,
    /** One code for many clients, each client once; optionally limited in total uses. */
    SUPER,
    /** Pays the whole order: no gateway involved; used once. */
    FULL;

    /** Whether one use ends the coupon (all but SUPER). */
    public boolean singleUse() {
        return this != SUPER;
    }
}
