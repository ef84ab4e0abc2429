package io.ordercore.application.port.in;

import io.ordercore.domain.notification.Notification;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A notification in the outbox with its delivery state. Its id is stable across retries, so
 * receivers can de-duplicate on it.
 */
public record OutboxMessage(long id, Notification notification, Status status, int attempts, Instant createdAt,
                            Instant nextAttemptAt, Optional<Instant> sentAt, Optional<String> lastError) {

    /** Where delivery stands. */
    public enum Status {
        /** Waiting for its next attempt. */
        PENDING,
        /** Claimed by a dispatcher; back to due if its lease runs out. */
        SENDING,
        /** Delivered. */
        SENT,
        /** Given up after the last attempt; an administrator may retry it. */
        FAILED
    }

    public OutboxMessage {
        Objects.requireNonNull(notification, "notification");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(lastError, "lastError");
    }
}
