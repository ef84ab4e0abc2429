package io.ordercore.domain.coupon;

import io.ordercore.domain.shared.Text;
import io.ordercore.domain.shared.ValidationException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Coupons generated together ("25 x 4% for the spring mailing"): same kind (PERCENT or FULL),
 * percent, comment and expiry.
 *
 * @param size how many coupons were generated (deleting some later does not change it)
 */
public record CouponGroup(CouponGroupId id, CouponKind kind, int percent, String comment, Optional<Instant> expiresAt,
                          Instant createdAt, int size) {

    public static final int MAX_COUNT = 10_000;
    public static final int MAX_COMMENT = 500;

    public CouponGroup {
        Objects.requireNonNull(id, "id");
        if (kind != CouponKind.PERCENT && kind != CouponKind.FULL) {
            throw new IllegalArgumentException("groups hold PERCENT or FULL coupons, not " + kind);
        }
        if (kind == CouponKind.PERCENT && (percent < 1 || percent > 99)) {
            throw ValidationException.of("percent", "OUT_OF_RANGE", "must be 1..99");
        }
        if (kind == CouponKind.FULL && percent != 100) {
            throw new IllegalArgumentException("a FULL group is 100%");
        }
        comment = Text.required(comment, MAX_COMMENT);
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(createdAt, "createdAt");
        if (size < 1 || size > MAX_COUNT) {
            throw ValidationException.of("count", "OUT_OF_RANGE", "must be 1.." + MAX_COUNT);
        }
    }
}
