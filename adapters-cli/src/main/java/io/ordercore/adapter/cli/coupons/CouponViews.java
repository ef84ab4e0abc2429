package io.ordercore.adapter.cli.coupons;

import io.ordercore.application.port.in.CouponGroupSummary;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.coupon.Coupon;
import io.ordercore.domain.coupon.CouponGroup;
import io.ordercore.domain.coupon.CouponGroupId;
import io.ordercore.domain.shared.OrderId;
import java.time.Instant;
import java.util.List;

/** The JSON shapes of coupon output; CSV headers are the same field names in the same order. */
final class CouponViews {

    static final String[] GROUP_CSV_HEADER = {"id", "kind", "percent", "comment", "expiresAt", "createdAt", "generated",
        "used", "unused", "deleted"};
    static final String[] COUPON_CSV_HEADER = {"id", "code", "kind", "percent", "groupId", "holderId", "expiresAt",
        "totalLimit", "uses", "usedByOrderId", "grantedForOrderId", "createdAt"};

    private CouponViews() {
    }

    /** {@code expiresAt} is null when the group never expires. */
    record GroupJson(long id, String kind, int percent, String comment, String expiresAt, String createdAt) {
    }

    record GeneratedJson(GroupJson group, List<String> codes) {
    }

    record GroupTotalsJson(long id, String kind, int percent, String comment, String expiresAt, String createdAt,
                           long generated, long used, long unused, long deleted) {
    }

    record GroupsJson(List<GroupTotalsJson> items) {
    }

    /**
     * One coupon. {@code uses} counts its activations (0 or 1 for single-use coupons, any number for
     * SUPER coupons, which many clients use); {@code usedByOrderId}
     * is the order a single-use coupon was activated on; {@code grantedForOrderId} the paid order that
     * earned a REPEAT_ORDER coupon.
     */
    record CouponJson(long id, String code, String kind, int percent, Long groupId, Long holderId, String expiresAt,
                      Integer totalLimit, long uses, Long usedByOrderId, Long grantedForOrderId, String createdAt) {
    }

    /** {@code nextAfter} is the {@code --after} of the next page, null when this one was not full. */
    record Page(List<CouponJson> items, Long nextAfter) {
    }

    record DeletedJson(int deleted) {
    }

    record RepeatPercentJson(int percent) {
    }

    static GroupJson group(CouponGroup g) {
        return new GroupJson(g.id().value(), g.kind().name(), g.percent(), g.comment(), instant(g), g.createdAt().toString());
    }

    static GroupTotalsJson totals(CouponGroupSummary s) {
        CouponGroup g = s.group();
        return new GroupTotalsJson(g.id().value(), g.kind().name(), g.percent(), g.comment(), instant(g),
                g.createdAt().toString(), s.generated(), s.used(), s.unused(), s.deleted());
    }

    static Object[] totalsRow(CouponGroupSummary s) {
        GroupTotalsJson j = totals(s);
        return new Object[] {j.id(), j.kind(), j.percent(), j.comment(), j.expiresAt(), j.createdAt(), j.generated(),
            j.used(), j.unused(), j.deleted()};
    }

    static CouponJson coupon(Coupon c) {
        return new CouponJson(c.id().value(), c.code().value(), c.kind().name(), c.percent(),
                c.group().map(CouponGroupId::value).orElse(null), c.holder().map(AccountId::value).orElse(null),
                c.expiresAt().map(Instant::toString).orElse(null), c.totalLimit().orElse(null), c.uses(),
                c.usedBy().map(OrderId::value).orElse(null), c.grantedFor().map(OrderId::value).orElse(null),
                c.createdAt().toString());
    }

    static Object[] couponRow(Coupon c) {
        CouponJson j = coupon(c);
        return new Object[] {j.id(), j.code(), j.kind(), j.percent(), j.groupId(), j.holderId(), j.expiresAt(),
            j.totalLimit(), j.uses(), j.usedByOrderId(), j.grantedForOrderId(), j.createdAt()};
    }

    private static String instant(CouponGroup g) {
        return g.expiresAt().map(Instant::toString).orElse(null);
    }
}
