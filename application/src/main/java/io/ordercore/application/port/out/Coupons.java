package io.ordercore.application.port.out;

import io.ordercore.application.port.in.CouponListQuery;
import io.ordercore.application.port.in.CouponGroupSummary;
import io.ordercore.application.port.in.HeldCoupon;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.coupon.Coupon;
import io.ordercore.domain.coupon.CouponCode;
import io.ordercore.domain.coupon.CouponGroup;
import io.ordercore.domain.coupon.CouponGroupId;
import io.ordercore.domain.coupon.CouponId;
import io.ordercore.domain.shared.OrderId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Storage of coupons. Single activation is the store's job: {@link #claim} decides it atomically
 * (a conditional update or a unique constraint) inside the caller's transaction, so it holds across
 * any number of concurrent requests and service instances.
 */
public interface Coupons {

    Optional<Coupon> find(CouponId id);

    Optional<Coupon> findByCode(CouponCode code);

    /** What happened to an insert. */
    enum Insert {
        /** Stored. */
        INSERTED,
        /** Another coupon has this code; pick another. */
        CODE_TAKEN,
        /** A repeat-order coupon for this order exists already (the payment was reported twice). */
        ALREADY_GRANTED
    }

    Insert insert(Coupon coupon);

    void saveGroup(CouponGroup group);

    Optional<CouponGroup> group(CouponGroupId id);

    /** How a claim ended. */
    enum Claim {
        /** The coupon now belongs to the order. */
        CLAIMED,
        /** A single-use coupon someone activated first. */
        ALREADY_USED,
        /** A super coupon this client has used before. */
        ALREADY_USED_BY_CLIENT,
        /** A super coupon whose total limit is reached. */
        LIMIT_REACHED,
        /** The coupon was deleted after it was read. */
        GONE
    }

    /**
     * Activates the coupon for the order, atomically: a single-use coupon for the first order only;
     * a super coupon once per client and within its limit. Must run in the transaction that stores
     * the order; a refusal changes nothing.
     */
    Claim claim(Coupon coupon, OrderId order, AccountId client, Instant at);

    /** Every group with its counts, newest first. */
    List<CouponGroupSummary> groups();

    List<Coupon> list(CouponListQuery query);

    /** Deletes these coupons (used or not). Returns how many there were. */
    int delete(Collection<CouponId> ids);

    /** Deletes the group and every coupon in it. Returns how many coupons went. */
    int deleteGroup(CouponGroupId group);

    /**
     * Deletes at most {@code count} coupons of the group that are not used, chosen at random, in one
     * step that a concurrent activation cannot slip into (used ones are never deleted).
     *
     * @return the ids deleted (fewer than {@code count} when fewer unused ones were left)
     */
    List<CouponId> deleteRandomUnused(CouponGroupId group, int count, RandomGenerator random);

    void setHolder(CouponId id, AccountId holder);

    /** Coupons granted or sent to this client, newest first, each saying whether this client activated it. */
    List<HeldCoupon> heldBy(AccountId holder);
}
