package io.ordercore.application.testing;

import io.ordercore.application.port.in.OutboxMessage;
import io.ordercore.application.port.in.OutboxMessage.Status;
import io.ordercore.application.port.in.OutboxQuery;
import io.ordercore.application.port.out.Outbox;
import io.ordercore.domain.notification.Notification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link Outbox} over {@link InMemoryStore}, with the SQL adapter's claim semantics. */
public final class InMemoryOutbox implements Outbox {

    private final InMemoryStore store;

    public InMemoryOutbox(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public void enqueue(Notification notification, Instant now) {
        store.locked(s -> {
            long id = s.outbox.isEmpty() ? 1 : s.outbox.lastKey() + 1;
            s.outbox.put(id, new OutboxMessage(id, notification, Status.PENDING, 0, now, now, Optional.empty(), Optional.empty()));
            return null;
        });
    }

    @Override
    public List<OutboxMessage> claimDue(Instant now, int limit, Instant leaseUntil) {
        return store.locked(s -> {
            List<OutboxMessage> claimed = new ArrayList<>();
            for (OutboxMessage m : s.outbox.values()) {
                boolean due = m.status() == Status.PENDING && !m.nextAttemptAt().isAfter(now)
                        || m.status() == Status.SENDING && m.nextAttemptAt().isBefore(now);
                if (due && claimed.size() < limit) {
                    claimed.add(m);
                }
            }
            List<OutboxMessage> leased = new ArrayList<>();
            for (OutboxMessage m : claimed) {
                OutboxMessage sending = with(m, Status.SENDING, m.attempts(), leaseUntil, m.sentAt(), m.lastError(), m.notification());
                s.outbox.put(m.id(), sending);
                leased.add(sending);
            }
            return leased;
        });
    }

    @Override
    public void markSent(long id, Instant at) {
        store.locked(s -> {
            OutboxMessage m = s.outbox.get(id);
            Notification n = m.notification();
            Notification erased = new Notification(n.type(), n.recipient(), n.language(), n.params(), Map.of());
            s.outbox.put(id, with(m, Status.SENT, m.attempts() + 1, m.nextAttemptAt(), Optional.of(at), m.lastError(), erased));
            return null;
        });
    }

    @Override
    public void markFailed(long id, String error, Optional<Instant> retryAt) {
        store.locked(s -> {
            OutboxMessage m = s.outbox.get(id);
            s.outbox.put(id, with(m, retryAt.isPresent() ? Status.PENDING : Status.FAILED, m.attempts() + 1,
                    retryAt.orElse(m.nextAttemptAt()), m.sentAt(), Optional.of(error), m.notification()));
            return null;
        });
    }

    @Override
    public List<OutboxMessage> list(OutboxQuery q) {
        return store.locked(s -> s.outbox.descendingMap().values().stream()
                .filter(m -> q.status().map(st -> st == m.status()).orElse(true))
                .filter(m -> q.recipient().map(r -> m.notification().recipient().value().equals(r)).orElse(true))
                .filter(m -> q.beforeId().map(b -> m.id() < b).orElse(true))
                .limit(q.limit())
                .map(m -> {
                    Notification n = m.notification();
                    return with(m, m.status(), m.attempts(), m.nextAttemptAt(), m.sentAt(), m.lastError(),
                            new Notification(n.type(), n.recipient(), n.language(), n.params(), Map.of()));
                })
                .toList());
    }

    @Override
    public boolean retry(long id, Instant now) {
        return store.locked(s -> {
            OutboxMessage m = s.outbox.get(id);
            if (m == null || m.status() != Status.FAILED) {
                return false;
            }
            s.outbox.put(id, with(m, Status.PENDING, m.attempts(), now, m.sentAt(), m.lastError(), m.notification()));
            return true;
        });
    }

    /** Everything, oldest first, secrets included (for assertions). */
    public List<OutboxMessage> all() {
        return store.locked(s -> List.copyOf(s.outbox.values()));
    }

    private static OutboxMessage with(OutboxMessage m, Status status, int attempts, Instant next, Optional<Instant> sentAt,
                                      Optional<String> error, Notification notification) {
        return new OutboxMessage(m.id(), notification, status, attempts, m.createdAt(), next, sentAt, error);
    }
}
