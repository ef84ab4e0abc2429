package io.ordercore.adapter.cli.orders;

import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.domain.shared.OrderId;

/** Order ids typed on the command line; a non-positive one names no order. */
final class OrderIds {

    private OrderIds() {
    }

    static OrderId of(long id) {
        if (id <= 0) {
            throw new NotFoundException("Order", id);
        }
        return new OrderId(id);
    }
}
