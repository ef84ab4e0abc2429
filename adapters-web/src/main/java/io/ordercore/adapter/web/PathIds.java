package io.ordercore.adapter.web;

import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.catalog.CallTypeId;
import io.ordercore.domain.catalog.CategoryId;
import io.ordercore.domain.coupon.CouponGroupId;
import io.ordercore.domain.point.PointId;
import io.ordercore.domain.shared.OrderId;

/** Ids taken from a URL path: a number that cannot be an id names nothing, so it is a 404. */
public final class PathIds {

    private PathIds() {
    }

    public static OrderId order(long raw) {
        requirePositive("Order", raw);
        return new OrderId(raw);
    }

    public static CategoryId category(long raw) {
        requirePositive("Category", raw);
        return new CategoryId(raw);
    }

    public static CallTypeId callType(long raw) {
        requirePositive("Call type", raw);
        return new CallTypeId(raw);
    }

    public static AccountId account(long raw) {
        requirePositive("Account", raw);
        return new AccountId(raw);
    }

    public static PointId point(long raw) {
        requirePositive("Point", raw);
        return new PointId(raw);
    }

    public static CouponGroupId couponGroup(long raw) {
        requirePositive("Coupon group", raw);
        return new CouponGroupId(raw);
    }

    /** An operator is identified by its account. */
    public static AccountId operator(long raw) {
        requirePositive("Operator", raw);
        return new AccountId(raw);
    }

    public static long payout(long raw) {
        requirePositive("Payout request", raw);
        return raw;
    }

    /** A partner is identified by its account. */
    public static long partner(long raw) {
        requirePositive("Partner", raw);
        return raw;
    }

    public static long banner(long raw) {
        requirePositive("Banner", raw);
        return raw;
    }

    private static void requirePositive(String what, long raw) {
        if (raw <= 0) {
            throw new NotFoundException(what, raw);
        }
    }
}
