package io.ordercore.adapter.persistence.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One row of {@code order_rating}; the scores are rows of {@code order_rating_score}. */
@MappedEntity("order_rating")
public record OrderRatingRow(
        @Id Long orderId,
        long clientId,
        @Nullable Long operatorId,
        @Nullable Long pointId,
        Instant ratedAt) {
}
