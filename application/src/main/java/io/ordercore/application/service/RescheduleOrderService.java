package io.ordercore.application.service;

import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.in.RescheduleOrderUseCase;
import io.ordercore.application.port.out.Orders;
import io.ordercore.application.port.out.Transactions;
import io.ordercore.domain.order.CallWindow;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.shared.Validation;
import java.time.Clock;

final class RescheduleOrderService implements RescheduleOrderUseCase {

    private final Orders orders;
    private final Transactions transactions;
    private final Clock clock;

    RescheduleOrderService(Orders orders, Transactions transactions, Clock clock) {
        this.orders = orders;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Order reschedule(RescheduleOrderCommand command) {
        Validation v = new Validation();
        CallWindow window = FormInputs.bookableWindow(v, command.callDate(), command.windowStart(), command.windowEnd(), clock);
        v.throwIfInvalid();
        return transactions.inTransaction(() -> {
            Order order = orders.find(command.orderId()).orElseThrow(() -> new NotFoundException("Order", command.orderId()));
            order.reschedule(window, command.actor(), command.reason(), clock);
            return orders.save(order);
        });
    }
}
