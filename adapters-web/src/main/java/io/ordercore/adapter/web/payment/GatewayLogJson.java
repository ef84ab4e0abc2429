package io.ordercore.adapter.web.payment;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.application.port.out.Payments;
import java.util.List;

/** Gateway calls, newest first; pass {@code nextBeforeId} as {@code beforeId} for the next page (null on the last). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record GatewayLogJson(List<GatewayLogEntryJson> items, @Nullable Long nextBeforeId) {

    static GatewayLogJson page(List<Payments.LogEntry> page, int limit) {
        Long next = page.size() == limit ? page.get(page.size() - 1).id() : null;
        return new GatewayLogJson(page.stream().map(GatewayLogEntryJson::from).toList(), next);
    }
}
