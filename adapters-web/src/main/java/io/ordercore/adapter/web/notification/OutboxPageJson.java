package io.ordercore.adapter.web.notification;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.application.port.in.OutboxMessage;
import java.util.List;

/** Notifications, newest first; pass {@code nextBefore} as {@code before} for older ones, null on the last page. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OutboxPageJson(List<OutboxMessageJson> items, @Nullable Long nextBefore) {

    static OutboxPageJson from(List<OutboxMessage> page, int limit) {
        Long next = page.size() == limit ? page.get(page.size() - 1).id() : null;
        return new OutboxPageJson(page.stream().map(OutboxMessageJson::from).toList(), next);
    }
}
