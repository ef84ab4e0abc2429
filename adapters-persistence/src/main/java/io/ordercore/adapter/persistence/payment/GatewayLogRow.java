package io.ordercore.adapter.persistence.payment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One row of {@code gateway_log}: a gateway's call as received and the verdict on it. */
@MappedEntity("gateway_log")
public record GatewayLogRow(
        @Id Long id,
        String gateway,
        String endpoint,
        String headers,
        String body,
        String verdict,
        @Nullable String externalId,
        @Nullable Long orderId,
        Instant at) {
}
