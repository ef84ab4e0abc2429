package io.ordercore.adapter.web.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.domain.review.Review;
import java.util.List;

/** Reviews, newest first; pass {@code nextBeforeId} as {@code beforeId} for the next page, null on the last. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReviewListJson(List<ReviewJson> items, @Nullable Long nextBeforeId) {

    static ReviewListJson from(List<Review> page, int limit) {
        Long next = page.size() == limit ? page.get(page.size() - 1).id() : null;
        return new ReviewListJson(page.stream().map(ReviewJson::from).toList(), next);
    }
}
