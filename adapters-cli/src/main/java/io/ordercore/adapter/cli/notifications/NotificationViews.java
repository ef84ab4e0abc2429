package io.ordercore.adapter.cli.notifications;

import io.ordercore.application.port.in.OutboxMessage;
import io.ordercore.domain.notification.Notification;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The JSON shape of outbox messages. Built from {@link Notification#params()} only, never its secret ones. */
final class NotificationViews {

    static final String[] CSV_HEADER = {"id", "type", "recipient", "language", "status", "attempts", "createdAt",
        "nextAttemptAt", "sentAt", "lastError"};

    private NotificationViews() {
    }

    /** {@code nextBefore} is the {@code --before} of the next page, null when this one was not full. */
    record Page(List<MessageJson> items, Long nextBefore) {
    }

    /** {@code sentAt} and {@code lastError} are null when there is none; {@code params} sorted by name. */
    record MessageJson(long id, String type, String recipient, String language, String status, int attempts,
                       String createdAt, String nextAttemptAt, String sentAt, String lastError, Map<String, String> params) {
    }

    record RetryJson(long id, boolean retried) {
    }

    static MessageJson json(OutboxMessage m) {
        Notification n = m.notification();
        return new MessageJson(m.id(), n.type().name(), n.recipient().value(), n.language().name(), m.status().name(),
                m.attempts(), m.createdAt().toString(), m.nextAttemptAt().toString(),
                m.sentAt().map(Instant::toString).orElse(null), m.lastError().orElse(null), new TreeMap<>(n.params()));
    }

    static Object[] row(OutboxMessage m) {
        MessageJson j = json(m);
        return new Object[] {j.id(), j.type(), j.recipient(), j.language(), j.status(), j.attempts(), j.createdAt(),
            j.nextAttemptAt(), j.sentAt(), j.lastError()};
    }
}
