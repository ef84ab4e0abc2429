package io.ordercore.application.port.in;

import java.util.Optional;

/** Filters of the notification list, newest first. */
public record OutboxQuery(Optional<OutboxMessage.Status> status, Optional<String> recipient, Optional<Long> beforeId,
                          int limit) {

    public OutboxQuery {
        if (limit < 1 || limit > 1000) {
            throw io.ordercore.domain.shared.ValidationException.of("limit", "OUT_OF_RANGE", "must be 1..1000");
        }
        recipient = recipient.map(r -> r.trim().toLowerCase(java.util.Locale.ROOT)).filter(r -> !r.isEmpty());
    }
}
