package io.ordercore.application.port.out;

import io.ordercore.application.port.in.OutboxMessage;
import io.ordercore.application.port.in.OutboxQuery;
import io.ordercore.domain.notification.Notification;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Notifications waiting to be delivered, written in the same transaction as the change they
 * announce. Delivery claims rows so that several dispatchers never send the same one twice.
 */
public interface Outbox {

    void enqueue(Notification notification, Instant now);

    /**
     * Claims up to {@code limit} messages that are due (pending and due, or claimed earlier by a
     * dispatcher whose lease has run out), skipping rows another transaction holds; marks them
     * SENDING until {@code leaseUntil}. Secret parameters are included: the sender needs them.
     */
    List<OutboxMessage> claimDue(Instant now, int limit, Instant leaseUntil);

    /** Delivered: secret parameters are erased. */
    void markSent(long id, Instant at);

    /** Not delivered: try again at {@code retryAt}, or give up (FAILED) when it is empty. */
    void markFailed(long id, String error, Optional<Instant> retryAt);

    /** For listings: never with secret parameters. */
    List<OutboxMessage> list(OutboxQuery query);

    /** A FAILED message is tried again now. Returns false when there is no such failed message. */
    boolean retry(long id, Instant now);
}
