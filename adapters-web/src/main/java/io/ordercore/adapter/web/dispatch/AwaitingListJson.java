package io.ordercore.adapter.web.dispatch;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.application.port.out.Dispatches;
import java.util.List;

/** Paid orders no operator could take yet, the longest waiting first. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AwaitingListJson(List<Item> items) {

    static AwaitingListJson from(List<Dispatches.Task> tasks) {
        return new AwaitingListJson(tasks.stream().map(t -> new Item(t.order().value(), t.dueAt().toString())).toList());
    }

    /** An order waiting for an operator and when dispatch tries it next ({@code dueAt}). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Item(long orderId, String dueAt) {
    }
}
