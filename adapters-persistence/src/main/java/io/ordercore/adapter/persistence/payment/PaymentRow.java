package io.ordercore.adapter.persistence.payment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One row of {@code payment}: an amount in kopecks (payments are in RUB). */
@MappedEntity("payment")
public record PaymentRow(
        @Id Long id,
        long orderId,
        @Nullable Long payerId,
        String kind,
        @Nullable String gateway,
        @Nullable String externalId,
        long amountMinor,
        @Nullable String reference,
        Instant at) {
}
