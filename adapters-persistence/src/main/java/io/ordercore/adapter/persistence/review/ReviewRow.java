package io.ordercore.adapter.persistence.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One row of {@code review}; {@code textKey} is the lower-cased text the search looks in. */
@MappedEntity("review")
public record ReviewRow(
        @Id Long id,
        long orderId,
        long clientId,
        long operatorId,
        String text,
        String textKey,
        String attitude,
        String status,
        Instant createdAt,
        @Nullable Instant moderatedAt) {
}
