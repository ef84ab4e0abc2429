package io.ordercore.adapter.web.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.application.port.in.OrderPage;
import java.util.List;

/** One page of the admin order list; pass {@code nextCursor} as {@code cursor} for the next, null on the last. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OrderPageJson(List<OrderSummaryJson> items, @Nullable String nextCursor) {

    public static OrderPageJson from(OrderPage page) {
        return new OrderPageJson(page.items().stream().map(OrderSummaryJson::from).toList(),
                page.nextCursor().orElse(null));
    }
}
