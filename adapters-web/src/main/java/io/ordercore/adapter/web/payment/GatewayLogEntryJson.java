package io.ordercore.adapter.web.payment;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.application.port.out.Payments;
import io.ordercore.domain.shared.OrderId;

/**
 * A gateway call as received and what ordercore answered: {@code headers} one "name: value" a
 * line, {@code body} the raw body, {@code verdict} e.g. ACCEPTED, DUPLICATE, BAD_SIGNATURE (with
 * the gateway's reason after a colon); {@code externalId} and {@code orderId} when the call named them.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record GatewayLogEntryJson(long id, String gateway, String endpoint, String headers, String body, String verdict,
                                  @Nullable String externalId, @Nullable Long orderId, String at) {

    static GatewayLogEntryJson from(Payments.LogEntry e) {
        return new GatewayLogEntryJson(e.id(), e.gateway(), e.endpoint(), e.headers(), e.body(), e.verdict(),
                e.externalId().orElse(null), e.order().map(OrderId::value).orElse(null), e.at().toString());
    }
}
