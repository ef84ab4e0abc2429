package io.ordercore.application.testing;

import io.ordercore.application.port.out.Ids;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.catalog.CallExampleId;
import io.ordercore.domain.coupon.CouponGroupId;
import io.ordercore.domain.coupon.CouponId;
import io.ordercore.domain.catalog.CallTypeId;
import io.ordercore.domain.catalog.CategoryId;
import io.ordercore.domain.catalog.TalentId;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.point.PointId;
import java.util.concurrent.atomic.AtomicLong;

/** Sequential ids from 1, one counter per kind. */
public final class InMemoryIds implements Ids {

    private final AtomicLong orders = new AtomicLong();
    private final AtomicLong categories = new AtomicLong();
    private final AtomicLong callTypes = new AtomicLong();
    private final AtomicLong examples = new AtomicLong();
    private final AtomicLong talents = new AtomicLong();
    private final AtomicLong accounts = new AtomicLong();
    private final AtomicLong points = new AtomicLong(1); // point 1 is the seeded default point
    private final AtomicLong coupons = new AtomicLong();
    private final AtomicLong couponGroups = new AtomicLong();
    private final AtomicLong reviews = new AtomicLong();
    private final AtomicLong earnings = new AtomicLong();
    private final AtomicLong payouts = new AtomicLong();
    private final AtomicLong payments = new AtomicLong();

    @Override
    public OrderId nextOrderId() {
        return new OrderId(orders.incrementAndGet());
    }

    @Override
    public CategoryId nextCategoryId() {
        return new CategoryId(categories.incrementAndGet());
    }

    @Override
    public CallTypeId nextCallTypeId() {
        return new CallTypeId(callTypes.incrementAndGet());
    }

    @Override
    public CallExampleId nextCallExampleId() {
        return new CallExampleId(examples.incrementAndGet());
    }

    @Override
    public TalentId nextTalentId() {
        return new TalentId(talents.incrementAndGet());
    }

    @Override
    public AccountId nextAccountId() {
        return new AccountId(accounts.incrementAndGet());
    }

    @Override
    public PointId nextPointId() {
        return new PointId(points.incrementAndGet());
    }

    @Override
    public CouponId nextCouponId() {
        return new CouponId(coupons.incrementAndGet());
    }

    @Override
    public CouponGroupId nextCouponGroupId() {
        return new CouponGroupId(couponGroups.incrementAndGet());
    }

    @Override
    public long nextReviewId() {
        return reviews.incrementAndGet();
    }

    @Override
    public long nextEarningId() {
        return earnings.incrementAndGet();
    }

    @Override
    public long nextPayoutId() {
        return payouts.incrementAndGet();
    }

    @Override
    public long nextPaymentId() {
        return payments.incrementAndGet();
    }
}
