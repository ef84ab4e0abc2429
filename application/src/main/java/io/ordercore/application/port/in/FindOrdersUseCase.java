package io.ordercore.application.port.in;

import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderId;

/** Reading orders: the admin list and one order with its history. */
public interface FindOrdersUseCase {

    /** One page of the list; follow {@link OrderPage#nextCursor()} for the next. */
    OrderPage list(OrderListQuery query);

    /**
     * @throws NotFoundException when there is no such order
     */
    Order get(OrderId id);
}
