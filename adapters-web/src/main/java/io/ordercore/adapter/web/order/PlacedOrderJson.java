package io.ordercore.adapter.web.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.PriceJson;
import io.ordercore.adapter.web.json.WindowJson;
import io.ordercore.domain.order.CallOrderDetails;
import io.ordercore.domain.order.Order;

/** What a client gets back after placing an order: the order as stored, without internals. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PlacedOrderJson(long id, String status, CallTypeRefJson callType, ClientJson client,
                              RecipientJson recipient, WindowJson window, String preferredGender,
                              @Nullable String wishes, boolean anonymous, @Nullable String couponCode, PriceJson price,
                              String createdAt) {

    public static PlacedOrderJson from(Order order) {
        CallOrderDetails d = order.details();
        return new PlacedOrderJson(order.id().value(), order.status().name(), CallTypeRefJson.from(d.callType()),
                ClientJson.from(d.client()), RecipientJson.from(d.recipient()), WindowJson.from(d.window()),
                d.preferredGender().name(), d.wishes().orElse(null), d.anonymous(), d.couponCode().orElse(null),
                PriceJson.from(order.price()), order.createdAt().toString());
    }
}
