package io.ordercore.domain.coupon;

/** The id of a {@link Coupon}: positive. */
public record CouponId(long value) {

    public CouponId {
        if (value <= 0) {
            throw new IllegalArgumentException("Coupon id must be positive, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
