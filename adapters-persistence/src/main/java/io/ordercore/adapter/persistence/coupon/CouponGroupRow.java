package io.ordercore.adapter.persistence.coupon;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("coupon_group")
public record CouponGroupRow(@Id Long id, String kind, int percent, String comment, int generatedCount,
                             @Nullable Instant expiresAt, Instant createdAt) {
}
