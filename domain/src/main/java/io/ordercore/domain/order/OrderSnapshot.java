package io.ordercore.domain.order;

import java.time.Instant;
import java.util.List;

/**
 * The full state of an {@link Order}, for storage adapters: they write it as rows and hand it
 * back to {@link Order#rehydrate(OrderSnapshot)}. Not a way to change an order.
 *
 * @param version the optimistic-lock version the order was loaded with (0 for a new order)
 */
public record OrderSnapshot(
        OrderId id,
        OrderStatus status,
        CallOrderDetails details,
        OrderPrice price,
        Instant createdAt,
        Instant updatedAt,
        long version,
        List<OrderHistoryEntry> history) {

    public OrderSnapshot {
        history = List.copyOf(history);
    }
}
