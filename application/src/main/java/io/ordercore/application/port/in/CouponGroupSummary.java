package io.ordercore.application.port.in;

import io.ordercore.domain.coupon.CouponGroup;

/**
 * A coupon group with its totals: {@code used} and {@code unused} count the coupons still there;
 * deleted ones are the rest of what was generated.
 */
public record CouponGroupSummary(CouponGroup group, long used, long unused) {

    public CouponGroupSummary {
        if (used < 0 || unused < 0 || used + unused > group.size()) {
            throw new IllegalArgumentException("a group holds at most the coupons generated in it");
        }
    }

    public long generated() {
        return group.size();
    }

    public long deleted() {
        return group.size() - used - unused;
    }
}
