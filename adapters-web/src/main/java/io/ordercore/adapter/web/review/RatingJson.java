package io.ordercore.adapter.web.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.domain.review.OrderRating;
import java.util.Map;

/** A client's rating of an order: a score 1..5 per aspect. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RatingJson(long orderId, Map<String, Integer> scores, String ratedAt) {

    static RatingJson from(OrderRating r) {
        return new RatingJson(r.order().value(), r.scores(), r.ratedAt().toString());
    }
}
