package io.ordercore.adapter.persistence.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One row of {@code orders}: the order flattened; {@code *_key} columns are lower-cased for prefix filters. */
@MappedEntity("orders")
public record OrderRow(
        @Id Long id,
        String status,
        String clientName,
        String clientNameKey,
        String clientEmail,
        String recipientName,
        String recipientNameKey,
        String recipientPhone,
        String recipientCountry,
        String recipientCity,
        Long callTypeId,
        String callTypeName,
        Instant windowStart,
        Instant windowEnd,
        String preferredGender,
        @Nullable String wishes,
        boolean anonymous,
        Instant consentedAt,
        @Nullable String couponCode,
        long priceMinor,
        long discountMinor,
        String currency,
        Instant createdAt,
        Instant updatedAt,
        long version,
        @Nullable Long ownerAccountId,
        @Nullable Long pointId,
        @Nullable Long operatorId,
        @Nullable String couponKind,
        @Nullable Integer couponPercent,
        @Nullable Instant firstPaidAt) {
}
