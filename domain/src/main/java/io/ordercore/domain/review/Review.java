package io.ordercore.domain.review;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.shared.Text;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A client's review of a completed order: one per order, moderated before it is published.
 *
 * @param operator the operator who made the call (whose rating the attitude moves)
 */
public record Review(long id, OrderId order, AccountId client, AccountId operator, String text, Attitude attitude,
                     ReviewStatus status, Instant createdAt, Optional<Instant> moderatedAt) {

    public static final int MAX_TEXT = 2000;

    public Review {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(operator, "operator");
        text = Text.required(text, MAX_TEXT);
        Objects.requireNonNull(attitude, "attitude");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(moderatedAt, "moderatedAt");
    }

    public static Review pending(long id, OrderId order, AccountId client, AccountId operator, String text,
                                 Attitude attitude, Instant at) {
        return new Review(id, order, client, operator, text, attitude, ReviewStatus.PENDING, at, Optional.empty());
    }
}
