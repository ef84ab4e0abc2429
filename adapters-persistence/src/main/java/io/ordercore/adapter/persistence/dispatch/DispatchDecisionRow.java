package io.ordercore.adapter.persistence.dispatch;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One row of {@code dispatch_decision}; the id only orders an order's decisions. */
@MappedEntity("dispatch_decision")
public record DispatchDecisionRow(
        @Id Long id,
        long orderId,
        Instant at,
        String kind,
        @Nullable Long chosenOperatorId,
        String explanation,
        String decidedBy) {
}
