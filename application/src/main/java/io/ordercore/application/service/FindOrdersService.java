package io.ordercore.application.service;

import io.ordercore.application.port.in.FindOrdersUseCase;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.in.OrderListQuery;
import io.ordercore.application.port.in.OrderPage;
import io.ordercore.application.port.out.Orders;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderId;

final class FindOrdersService implements FindOrdersUseCase {

    private final Orders orders;

    FindOrdersService(Orders orders) {
        this.orders = orders;
    }

    @Override
    public OrderPage list(OrderListQuery query) {
        return orders.list(query);
    }

    @Override
    public Order get(OrderId id) {
        return orders.find(id).orElseThrow(() -> new NotFoundException("Order", id));
    }
}
