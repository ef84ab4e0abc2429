package io.ordercore.adapter.cli.reviews;

import io.ordercore.domain.review.Review;
import java.time.Instant;
import java.util.List;

/** The JSON shapes of review output; the CSV header is the same field names in the same order. */
final class ReviewViews {

    static final String[] CSV_HEADER = {"id", "orderId", "clientId", "operatorId", "attitude", "status", "createdAt",
        "moderatedAt", "text"};

    private ReviewViews() {
    }

    /** {@code attitude} POSITIVE, NEGATIVE or NONE; {@code moderatedAt} null while pending. */
    record ReviewJson(long id, long orderId, long clientId, long operatorId, String attitude, String status,
                      String createdAt, String moderatedAt, String text) {
    }

    /** {@code nextBefore} is the {@code --before} of the next page, null when this one was not full. */
    record Page(List<ReviewJson> items, Long nextBefore) {
    }

    /** {@code moderated} counts the reviews that moved to {@code status}; the others were not pending. */
    record ModeratedJson(String status, int requested, int moderated) {
    }

    static ReviewJson json(Review r) {
        return new ReviewJson(r.id(), r.order().value(), r.client().value(), r.operator().value(), r.attitude().name(),
                r.status().name(), r.createdAt().toString(), r.moderatedAt().map(Instant::toString).orElse(null), r.text());
    }

    static Object[] row(Review r) {
        ReviewJson j = json(r);
        return new Object[] {j.id(), j.orderId(), j.clientId(), j.operatorId(), j.attitude(), j.status(), j.createdAt(),
            j.moderatedAt(), j.text()};
    }
}
