package io.ordercore.application.port.out;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.point.PointId;
import io.ordercore.domain.review.OrderRating;
import io.ordercore.domain.review.Review;
import io.ordercore.domain.review.ReviewStatus;
import io.ordercore.domain.shared.OrderId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reviews of completed orders and the multi-aspect order ratings. */
public interface Reviews {

    /** Stores the review unless its order has one; returns whether it was stored. */
    boolean insert(Review review);

    Optional<Review> find(long id);

    Optional<Review> forOrder(OrderId order);

    /**
     * Filters (all optional): status, text contained (case-insensitive), created in [from, to),
     * client; newest first, before the given id (keyset; 0 = from the newest).
     */
    record Query(Optional<ReviewStatus> status, Optional<String> text, Optional<Instant> from, Optional<Instant> to,
                 Optional<AccountId> client, long beforeId, int limit) {
    }

    List<Review> list(Query query);

    /** Moves a PENDING review to {@code to}; false when it is not pending any more (someone moderated it first). */
    boolean moderate(long id, ReviewStatus to, Instant at);

    long countPending();

    /** Stores the rating unless its order has one; returns whether it was stored. */
    boolean insertRating(OrderRating rating);

    Optional<OrderRating> ratingOf(OrderId order);

    /** Average score per aspect, and how many ratings they come from. */
    record Averages(long ratings, Map<String, BigDecimal> byAspect) {
    }

    Averages averagesForOperator(AccountId operator);

    Averages averagesForPoint(PointId point);
}
