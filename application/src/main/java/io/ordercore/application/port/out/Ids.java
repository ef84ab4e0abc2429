package io.ordercore.application.port.out;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.catalog.CallExampleId;
import io.ordercore.domain.coupon.CouponGroupId;
import io.ordercore.domain.coupon.CouponId;
import io.ordercore.domain.catalog.CallTypeId;
import io.ordercore.domain.catalog.CategoryId;
import io.ordercore.domain.catalog.TalentId;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.point.PointId;

/** Hands out new ids; unique across every instance sharing the same storage. */
public interface Ids {

    OrderId nextOrderId();

    CategoryId nextCategoryId();

    CallTypeId nextCallTypeId();

    CallExampleId nextCallExampleId();

    TalentId nextTalentId();

    AccountId nextAccountId();

    PointId nextPointId();

    CouponId nextCouponId();

    CouponGroupId nextCouponGroupId();

    long nextReviewId();

    long nextEarningId();

    long nextPayoutId();

    long nextPaymentId();
}
