package io.ordercore.adapter.persistence.coupon;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One coupon as read: {@code uses} is computed by the read (the table's own column counts the uses of
 * limited super coupons only).
 */
@MappedEntity("coupon")
public record CouponRow(
        @Id Long id,
        String code,
        String kind,
        int percent,
        @Nullable Long groupId,
        @Nullable Long holderAccountId,
        @Nullable Instant expiresAt,
        @Nullable Integer totalLimit,
        int uses,
        @Nullable Long usedOrderId,
        @Nullable Long usedByAccountId,
        @Nullable Instant usedAt,
        @Nullable Long grantedForOrderId,
        Instant createdAt) {
}
