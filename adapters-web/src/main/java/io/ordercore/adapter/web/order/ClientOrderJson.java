package io.ordercore.adapter.web.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.PriceJson;
import io.ordercore.adapter.web.json.WindowJson;
import io.ordercore.domain.order.CallOrderDetails;
import io.ordercore.domain.order.Order;

/**
 * An order as its client sees it: what they ordered and where it stands, without staff
 * internals (history with staff names, version).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ClientOrderJson(long id, String status, CallTypeRefJson callType, ClientJson client,
                              RecipientJson recipient, WindowJson window, String preferredGender,
                              @Nullable String wishes, boolean anonymous, @Nullable String couponCode, PriceJson price,
                              String createdAt) {

    public static ClientOrderJson from(Order order) {
        CallOrderDetails d = order.details();
        return new ClientOrderJson(order.id().value(), order.status().name(), CallTypeRefJson.from(d.callType()),
                ClientJson.from(d.client()), RecipientJson.from(d.recipient()), WindowJson.from(d.window()),
                d.preferredGender().name(), d.wishes().orElse(null), d.anonymous(),
                PriceJson.couponCode(order.price()), PriceJson.from(order.price()), order.createdAt().toString());
    }
}
