package io.ordercore.application.service;

import io.ordercore.application.port.in.ChangeOrderStatusUseCase;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.out.Orders;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderStatus;
import java.time.Clock;

final class ChangeOrderStatusService implements ChangeOrderStatusUseCase {

    private final Orders orders;
    private final Clock clock;
    private final Notices notices;
    private final AuditTrail audit;
    private final Dispatcher dispatcher;
    private final MoneyDesk desk;

    ChangeOrderStatusService(Orders orders, Clock clock, Notices notices, AuditTrail audit, Dispatcher dispatcher,
                             MoneyDesk desk) {
        this.orders = orders;
        this.clock = clock;
        this.notices = notices;
        this.audit = audit;
        this.dispatcher = dispatcher;
        this.desk = desk;
    }

    @Override
    public Order changeStatus(ChangeOrderStatusCommand command) {
        return audit.record(command.caller(), "order.status." + command.target().name().toLowerCase(java.util.Locale.ROOT),
                "order:" + command.orderId(), () -> {
                    Permissions.require(command.caller(), Role.ADMIN);
                    Order order = orders.find(command.orderId())
                            .orElseThrow(() -> new NotFoundException("Order", command.orderId()));
                    OrderStatus from = order.status();
                    order.changeStatus(command.target(), command.caller().actor(), command.reason(), clock);
                    Order saved = orders.save(order);
                    notices.statusChanged(saved, from);
                    dispatcher.statusChangedByHand(saved);
                    if (saved.status() == OrderStatus.CANCELLED) {
                        desk.refundOnCancel(saved);
                    }
                    return saved;
                });
    }
}
