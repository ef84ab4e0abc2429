package io.ordercore.adapter.web.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.domain.review.Review;
import java.time.Instant;

/**
 * A review of a completed order: {@code attitude} 1, -1 or 0 (none), {@code status} PENDING,
 * APPROVED or REJECTED, {@code moderatedAt} null while pending.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReviewJson(long id, long orderId, long clientId, long operatorId, String text, int attitude,
                         String status, String createdAt, @Nullable String moderatedAt) {

    static ReviewJson from(Review r) {
        return new ReviewJson(r.id(), r.order().value(), r.client().value(), r.operator().value(), r.text(),
                r.attitude().ratingDelta(), r.status().name(), r.createdAt().toString(),
                r.moderatedAt().map(Instant::toString).orElse(null));
    }
}
