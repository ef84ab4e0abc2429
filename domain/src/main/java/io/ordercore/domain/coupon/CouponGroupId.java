package io.ordercore.domain.coupon;

/** The id of a {@link CouponGroup}: positive. */
public record CouponGroupId(long value) {

    public CouponGroupId {
        if (value <= 0) {
            throw new IllegalArgumentException("CouponGroup id must be positive, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
