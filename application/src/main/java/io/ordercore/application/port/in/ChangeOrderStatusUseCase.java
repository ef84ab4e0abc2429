package io.ordercore.application.port.in;

import io.ordercore.domain.order.Order;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.order.OrderStatus;
import java.util.Objects;

/** An administrator moves an order to another status, along the workflow table only. */
public interface ChangeOrderStatusUseCase {

    /**
     * @return the order after the change
     * @throws NotFoundException when there is no such order
     * @throws io.ordercore.domain.workflow.IllegalTransitionException when the move is not allowed
     * @throws io.ordercore.application.port.out.ConcurrentUpdateException when the order changed meanwhile
     */
    Order changeStatus(ChangeOrderStatusCommand command);

    /** Move {@code orderId} to {@code target}, by {@code caller}, with an optional reason. */
    record ChangeOrderStatusCommand(OrderId orderId, OrderStatus target, Caller caller, String reason) {
        public ChangeOrderStatusCommand {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(caller, "caller");
            reason = OrderChangeReason.check(reason);
        }
    }
}
