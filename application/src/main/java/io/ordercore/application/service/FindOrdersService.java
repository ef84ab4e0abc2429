package io.ordercore.application.service;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.FindOrdersUseCase;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.in.OrderListQuery;
import io.ordercore.application.port.in.OrderPage;
import io.ordercore.application.port.in.UnauthenticatedException;
import io.ordercore.application.port.out.Orders;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.shared.OrderId;

final class FindOrdersService implements FindOrdersUseCase {

    private final Orders orders;

    FindOrdersService(Orders orders) {
        this.orders = orders;
    }

    @Override
    public OrderPage list(Caller caller, OrderListQuery query) {
        return orders.list(OrderAccess.scope(caller, query));
    }

    @Override
    public Order get(Caller caller, OrderId id) {
        if (caller instanceof Caller.Anonymous) {
            throw UnauthenticatedException.signInRequired(); // as list does: a visitor is told to sign in, not "not found"
        }
        return orders.find(id)
                .filter(order -> OrderAccess.visible(caller, order))
                .orElseThrow(() -> new NotFoundException("Order", id));
    }
}
