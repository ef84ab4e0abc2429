package io.ordercore.adapter.persistence.earning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One row of {@code payout_request}: an amount in kopecks (payouts are in RUB). */
@MappedEntity("payout_request")
public record PayoutRequestRow(
        @Id Long id,
        long payeeId,
        long amountMinor,
        String status,
        Instant createdAt,
        Instant updatedAt,
        @Nullable String note) {
}
