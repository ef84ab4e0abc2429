package io.ordercore.application.port.in;

import io.ordercore.domain.order.Order;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.shared.Money;
import java.util.Map;
import java.util.Objects;

/** The signed-in user's own cabinet. */
public interface AccountCabinetUseCase {

    AccountView profile(Caller caller);

    /**
     * @throws UnauthenticatedException when the old password is wrong
     * @throws io.ordercore.domain.shared.ValidationException when the new one is weak
     */
    AccountView changePassword(Caller caller, String oldPassword, String newPassword);

    /**
     * @throws UnauthenticatedException when the password is wrong
     * @throws io.ordercore.application.port.out.EmailTakenException when another account has the e-mail
     */
    AccountView changeEmail(Caller caller, String newEmail, String password);

    /** The caller's own orders. */
    OrderPage orders(Caller caller, OrderListQuery query);

    /** One of the caller's own orders; another's is not found. */
    Order order(Caller caller, OrderId id);

    /** How many of the caller's orders are in each status, and the total of the paid ones. */
    OrderStatistics statistics(Caller caller);

    /** A new Unpaid order with the same details as one of the caller's, in a new window. */
    Order repeatOrder(Caller caller, RepeatOrderCommand command);

    /**
     * @param totalPaid the sum of totals of orders that are paid and not undone (Paid, OperatorProposed,
     *                  InProgress, Completed)
     */
    record OrderStatistics(Map<OrderStatus, Long> countByStatus, Money totalPaid) {
        public OrderStatistics {
            countByStatus = Map.copyOf(countByStatus);
            Objects.requireNonNull(totalPaid, "totalPaid");
        }
    }

    /** Repeat {@code orderId} on {@code callDate} ({@code YYYY-MM-DD}) between two {@code HH:MM}, Moscow time. */
    record RepeatOrderCommand(OrderId orderId, String callDate, String windowStart, String windowEnd) {
        public RepeatOrderCommand {
            Objects.requireNonNull(orderId, "orderId");
        }
    }
}
