package io.ordercore.adapter.web.notification;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.application.port.in.OutboxMessage;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * A notification in the outbox and where its delivery stands. Only its plain parameters are
 * shown: secret ones (a generated password) never leave the core's sender.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OutboxMessageJson(long id, String type, String recipient, String language, Map<String, String> params,
                                String status, int attempts, String createdAt, String nextAttemptAt,
                                @Nullable String sentAt, @Nullable String lastError) {

    static OutboxMessageJson from(OutboxMessage m) {
        return new OutboxMessageJson(m.id(), m.notification().type().name(), m.notification().recipient().value(),
                m.notification().language().name(), new TreeMap<>(m.notification().params()), m.status().name(),
                m.attempts(), m.createdAt().toString(), m.nextAttemptAt().toString(),
                m.sentAt().map(Instant::toString).orElse(null), m.lastError().orElse(null));
    }
}
