package io.ordercore.adapter.web.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.domain.order.OrderPrice;

/** An order's price snapshot: the call type's price, the discount and the total to pay. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PriceJson(MoneyJson price, MoneyJson discount, MoneyJson total) {

    public static PriceJson from(OrderPrice price) {
        return new PriceJson(MoneyJson.from(price.price()), MoneyJson.from(price.discount()),
                MoneyJson.from(price.total()));
    }
}
