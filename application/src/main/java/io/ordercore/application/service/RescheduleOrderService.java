package io.ordercore.application.service;

import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.in.RescheduleOrderUseCase;
import io.ordercore.application.port.out.Orders;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.order.CallWindow;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.shared.Validation;
import java.time.Clock;

final class RescheduleOrderService implements RescheduleOrderUseCase {

    private final Orders orders;
    private final Clock clock;
    private final Notices notices;
    private final AuditTrail audit;
    private final Dispatcher dispatcher;

    RescheduleOrderService(Orders orders, Clock clock, Notices notices, AuditTrail audit, Dispatcher dispatcher) {
        this.orders = orders;
        this.clock = clock;
        this.notices = notices;
        this.audit = audit;
        this.dispatcher = dispatcher;
    }

    @Override
    public Order reschedule(RescheduleOrderCommand command) {
        return audit.record(command.caller(), "order.reschedule", "order:" + command.orderId(), () -> {
            Permissions.require(command.caller(), Role.ADMIN);
            Validation v = new Validation();
            CallWindow window = FormInputs.bookableWindow(v, command.callDate(), command.windowStart(),
                    command.windowEnd(), clock);
            v.throwIfInvalid();
            Order order = orders.find(command.orderId()).orElseThrow(() -> new NotFoundException("Order", command.orderId()));
            order.reschedule(window, command.caller().actor(), command.reason(), clock);
            Order saved = orders.save(order);
            notices.rescheduled(saved);
            if (saved.status() == io.ordercore.domain.order.OrderStatus.IN_PROGRESS) {
                dispatcher.started(saved); // the critical time moves with the window
            }
            return saved;
        });
    }
}
