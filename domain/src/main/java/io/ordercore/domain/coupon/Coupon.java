package io.ordercore.domain.coupon;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.shared.OrderId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A coupon: a code worth a percent off (or the whole price) of one order.
 *
 * <p>What this class decides: whether a coupon may be offered to a client at all (expiry, a
 * repeat-order coupon being someone else's, a single-use coupon already used). What it cannot
 * decide alone, and storage decides atomically in the transaction that changes the order: that
 * a single-use coupon is claimed once, that a super coupon is used once per client and within its
 * total limit, under any number of concurrent requests and instances.
 *
 * @param holder     who the coupon was granted or sent to (a repeat-order coupon is theirs only)
 * @param totalLimit a super coupon's maximum number of uses; empty means unlimited
 * @param usedBy     for a single-use coupon: the order it was activated on, once it is
 * @param grantedFor for a repeat-order coupon: the paid order that earned it (one coupon per order)
 * @param uses       how many times it was activated (0 or 1 for single-use coupons; any number for SUPER)
 */
public record Coupon(
        CouponId id,
        CouponCode code,
        CouponKind kind,
        int percent,
        Optional<CouponGroupId> group,
        Optional<AccountId> holder,
        Optional<Instant> expiresAt,
        Optional<Integer> totalLimit,
        Optional<OrderId> usedBy,
        Optional<OrderId> grantedFor,
        Instant createdAt,
        long uses) {

    public Coupon {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(totalLimit, "totalLimit");
        Objects.requireNonNull(usedBy, "usedBy");
        Objects.requireNonNull(grantedFor, "grantedFor");
        Objects.requireNonNull(createdAt, "createdAt");
        new AppliedCoupon(code, kind, percent); // checks the percent for the kind
        if (kind != CouponKind.SUPER && totalLimit.isPresent()) {
            throw new IllegalArgumentException("only super coupons have a total limit");
        }
        if (totalLimit.isPresent() && totalLimit.get() < 1) {
            throw new IllegalArgumentException("a total limit is at least 1");
        }
        if (uses < 0 || kind.singleUse() && uses != (usedBy.isPresent() ? 1 : 0)) {
            throw new IllegalArgumentException("a single-use coupon is used once when it names its order, else never");
        }
        if (kind == CouponKind.REPEAT_ORDER && (holder.isEmpty() || grantedFor.isEmpty())) {
            throw new IllegalArgumentException("a repeat-order coupon is granted to a client for an order");
        }
    }

    /** The reason this client may not use the coupon now, judged by the coupon alone. */
    public Optional<CouponRefusal> refusalFor(AccountId client, Instant now) {
        if (expiresAt.isPresent() && !now.isBefore(expiresAt.get())) {
            return Optional.of(CouponRefusal.EXPIRED);
        }
        if (kind == CouponKind.REPEAT_ORDER && !holder.get().equals(client)) {
            return Optional.of(CouponRefusal.NOT_YOURS);
        }
        if (kind.singleUse() && usedBy.isPresent()) {
            return Optional.of(CouponRefusal.ALREADY_USED);
        }
        return Optional.empty();
    }

    public AppliedCoupon applied() {
        return new AppliedCoupon(code, kind, percent);
    }

    /** Activated at least once. */
    public boolean used() {
        return uses > 0;
    }

    public Coupon heldBy(AccountId account) {
        return new Coupon(id, code, kind, percent, group, Optional.of(account), expiresAt, totalLimit, usedBy, grantedFor,
                createdAt, uses);
    }

    /** A fresh coupon: never used. */
    public static Coupon unused(CouponId id, CouponCode code, CouponKind kind, int percent, Optional<CouponGroupId> group,
                                Optional<AccountId> holder, Optional<Instant> expiresAt, Optional<Integer> totalLimit,
                                Optional<OrderId> grantedFor, Instant createdAt) {
        return new Coupon(id, code, kind, percent, group, holder, expiresAt, totalLimit, Optional.empty(), grantedFor,
                createdAt, 0);
    }
}
