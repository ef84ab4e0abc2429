package io.ordercore.application.service;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.in.NotificationsUseCase;
import io.ordercore.application.port.in.OutboxMessage;
import io.ordercore.application.port.in.OutboxQuery;
import io.ordercore.application.port.out.NotificationSender;
import io.ordercore.application.port.out.Outbox;
import io.ordercore.application.port.out.Transactions;
import io.ordercore.domain.account.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Delivery of the outbox. Claims are short transactions; the sending itself happens outside any
 * transaction. A failed attempt is retried with exponential backoff (1, 2, 4 ... minutes), at most
 * {@link #MAX_ATTEMPTS} times; a dispatcher that dies mid-send leaves its claim to expire after
 * {@link #LEASE}, and the message is then claimed again (at-least-once; receivers de-duplicate on the id).
 */
final class NotificationsService implements NotificationsUseCase {

    static final int MAX_ATTEMPTS = 8;
    static final Duration LEASE = Duration.ofMinutes(5);

    private final Outbox outbox;
    private final NotificationSender sender;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    NotificationsService(Outbox outbox, NotificationSender sender, Transactions transactions, AuditTrail audit, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public DeliveryReport deliverDue(int max) {
        Instant now = clock.instant();
        List<OutboxMessage> claimed = transactions.inTransaction(() -> outbox.claimDue(now, max, now.plus(LEASE)));
        int sent = 0;
        int failed = 0;
        for (OutboxMessage message : claimed) {
            try {
                sender.send(message);
                transactions.inTransaction(() -> outbox.markSent(message.id(), clock.instant()));
                sent++;
            } catch (NotificationSender.DeliveryException e) {
                int attempt = message.attempts() + 1;
                Optional<Instant> retryAt = attempt >= MAX_ATTEMPTS ? Optional.empty()
                        : Optional.of(clock.instant().plus(Duration.ofMinutes(1L << (attempt - 1))));
                String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                transactions.inTransaction(() -> outbox.markFailed(message.id(), error, retryAt));
                failed++;
            }
        }
        return new DeliveryReport(claimed.size(), sent, failed);
    }

    @Override
    public List<OutboxMessage> list(Caller caller, OutboxQuery query) {
        Permissions.require(caller, Role.ADMIN);
        return outbox.list(query);
    }

    @Override
    public void retry(Caller caller, long id) {
        audit.record(caller, "notification.retry", "notification:" + id, () -> {
            Permissions.require(caller, Role.ADMIN);
            if (!outbox.retry(id, clock.instant())) {
                throw new NotFoundException("Failed notification", id);
            }
        });
    }
}
