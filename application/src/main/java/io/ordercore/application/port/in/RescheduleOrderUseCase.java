package io.ordercore.application.port.in;

import io.ordercore.domain.order.Order;
import io.ordercore.domain.shared.OrderId;
import java.util.Objects;

/** An administrator moves an order's call window (the only detail an administrator may edit). */
public interface RescheduleOrderUseCase {

    /**
     * @return the order after the change
     * @throws io.ordercore.domain.shared.ValidationException for a malformed or unbookable window
     * @throws NotFoundException when there is no such order
     * @throws io.ordercore.domain.order.OrderFinalException when the order is Completed, Failed or Cancelled
     */
    Order reschedule(RescheduleOrderCommand command);

    /** The new window as typed: {@code YYYY-MM-DD} and {@code HH:MM}, Moscow time. */
    record RescheduleOrderCommand(OrderId orderId, String callDate, String windowStart, String windowEnd, Caller caller,
                                  String reason) {
        public RescheduleOrderCommand {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(caller, "caller");
            reason = OrderChangeReason.check(reason);
        }
    }
}
