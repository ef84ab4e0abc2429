package io.ordercore.domain.coupon;

import io.ordercore.domain.shared.ValidationException;

/** The repeat-order rule: a coupon on a client's every second paid order (2nd, 4th, 6th ...). */
public final class RepeatOrderReward {

    public static final int DEFAULT_PERCENT = 10;

    private RepeatOrderReward() {
    }

    /** Whether the order that made {@code paidOrders} paid orders of its client earns a coupon. */
    public static boolean earnedBy(long paidOrders) {
        return paidOrders > 0 && paidOrders % 2 == 0;
    }

    /** The administrator's percent for repeat-order coupons: 1..99. */
    public static int checkPercent(int percent) {
        if (percent < 1 || percent > 99) {
            throw ValidationException.of("percent", "OUT_OF_RANGE", "must be 1..99");
        }
        return percent;
    }
}
