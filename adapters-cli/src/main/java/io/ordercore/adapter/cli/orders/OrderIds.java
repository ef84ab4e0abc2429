package io.ordercore.adapter.cli.orders;

import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.domain.shared.OrderId;

/** Order ids typed on the command line (here and in 'dispatch'); a non-positive one names no order. */
public final class OrderIds {

    private OrderIds() {
    }

    public static OrderId of(long id) {
        if (id <= 0) {
            throw new NotFoundException("Order", id);
        }
        return new OrderId(id);
    }
}
