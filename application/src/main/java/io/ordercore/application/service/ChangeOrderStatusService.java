package io.ordercore.application.service;

import io.ordercore.application.port.in.ChangeOrderStatusUseCase;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.out.Orders;
import io.ordercore.application.port.out.Transactions;
import io.ordercore.domain.order.Order;
import java.time.Clock;

final class ChangeOrderStatusService implements ChangeOrderStatusUseCase {

    private final Orders orders;
    private final Transactions transactions;
    private final Clock clock;

    ChangeOrderStatusService(Orders orders, Transactions transactions, Clock clock) {
        this.orders = orders;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Order changeStatus(ChangeOrderStatusCommand command) {
        return transactions.inTransaction(() -> {
            Order order = orders.find(command.orderId()).orElseThrow(() -> new NotFoundException("Order", command.orderId()));
            order.changeStatus(command.target(), command.actor(), command.reason(), clock);
            return orders.save(order);
        });
    }
}
