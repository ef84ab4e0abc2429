package io.ordercore.adapter.web.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.domain.order.OrderHistoryEntry;
import io.ordercore.domain.order.OrderStatus;

/**
 * One line of an order's history: a status move ({@code kind} STATUS; {@code from} is null for the
 * placement) or a rescheduling ({@code kind} WINDOW; the reason says from what to what).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record HistoryEntryJson(int seq, String kind, @Nullable String from, String to, ActorJson actor,
                               @Nullable String reason, String at) {

    public static HistoryEntryJson from(OrderHistoryEntry entry) {
        return new HistoryEntryJson(entry.seq(), entry.kind().name(), entry.from().map(OrderStatus::name).orElse(null),
                entry.to().name(), new ActorJson(entry.actor().kind().name(), entry.actor().id()),
                entry.reason().orElse(null), entry.at().toString());
    }

    /** Who made the change: CLIENT, OPERATOR, MANAGER, ADMIN or SYSTEM, and an identifier. */
    @Serdeable
    public record ActorJson(String kind, String id) {
    }
}
