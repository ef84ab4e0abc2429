package io.ordercore.adapter.persistence.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One row of {@code order_history}. */
@MappedEntity("order_history")
public record OrderHistoryRow(
        @EmbeddedId OrderHistoryKey id,
        Instant happenedAt,
        String actorKind,
        String actorId,
        String kind,
        @Nullable String fromStatus,
        String toStatus,
        @Nullable String reason) {
}
