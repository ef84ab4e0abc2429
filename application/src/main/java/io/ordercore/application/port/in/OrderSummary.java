package io.ordercore.application.port.in;

import io.ordercore.domain.order.CallWindow;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.order.OrderedCallType;
import io.ordercore.domain.shared.Email;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.PhoneNumber;
import java.time.Instant;

/** One line of an order list. */
public record OrderSummary(
        OrderId id,
        OrderStatus status,
        String clientName,
        Email clientEmail,
        String recipientName,
        PhoneNumber recipientPhone,
        OrderedCallType callType,
        CallWindow window,
        Money total,
        Instant createdAt) {
}
