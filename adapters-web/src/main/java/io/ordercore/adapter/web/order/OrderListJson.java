package io.ordercore.adapter.web.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.domain.order.Order;
import java.util.List;

/** Orders in the order the core gives them, each as {@link OrderJson}. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OrderListJson(List<OrderJson> items) {

    public static OrderListJson from(List<Order> orders) {
        return new OrderListJson(orders.stream().map(OrderJson::from).toList());
    }
}
