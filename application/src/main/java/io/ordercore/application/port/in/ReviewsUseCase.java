package io.ordercore.application.port.in;

import io.ordercore.application.port.out.Reviews;
import io.ordercore.domain.review.OrderRating;
import io.ordercore.domain.review.Review;
import io.ordercore.domain.shared.OrderId;
import java.util.List;
import java.util.Map;

/** Reviews (moderated) and multi-aspect ratings of completed orders. */
public interface ReviewsUseCase {

    /**
     * The owner of a Completed order leaves its one review; it waits for moderation.
     *
     * @param attitude +1, -1, or null/0 for none
     */
    Review leave(Caller caller, OrderId order, String text, Integer attitude);

    /**
     * Administrators: filtered list. {@code status} PENDING/APPROVED/REJECTED, {@code text} contained,
     * {@code from}/{@code to} dates (Moscow), {@code clientEmail}; all optional.
     */
    record ListForm(String status, String text, String from, String to, String clientEmail, Long beforeId, Integer limit) {
    }

    List<Review> list(Caller caller, ListForm form);

    /** Approve (publish, apply the attitude) or reject each selected pending review; returns how many moved. */
    int moderate(Caller caller, List<Long> reviewIds, boolean approve);

    /** The client rates their Completed order on every configured aspect, 1..5, once. */
    OrderRating rate(Caller caller, OrderId order, Map<String, Integer> scores);

    List<String> aspects();

    /** Administrators: the aspects new ratings must score. */
    List<String> setAspects(Caller caller, List<String> aspects);

    Reviews.Averages operatorAverages(Caller caller, long operatorId);

    Reviews.Averages pointAverages(Caller caller, long pointId);
}
