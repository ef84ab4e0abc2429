package io.ordercore.adapter.persistence.dispatch;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One row of {@code dispatch_task}; {@code awaitingSince} only orders the waiting list. */
@MappedEntity("dispatch_task")
public record DispatchTaskRow(
        @Id Long orderId,
        String stage,
        Instant dueAt,
        boolean awaitingOperator,
        @Nullable Instant awaitingSince,
        @Nullable Long operatorId,
        long version) {
}
