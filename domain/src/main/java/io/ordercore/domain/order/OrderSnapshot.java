package io.ordercore.domain.order;

import io.ordercore.domain.shared.OrderId;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.point.PointId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The full state of an {@link Order}, for storage adapters: they write it as rows and hand it
 * back to {@link Order#rehydrate(OrderSnapshot)}. Not a way to change an order.
 *
 * @param version  the optimistic-lock version the order was loaded with (0 for a new order)
 * @param owner    the client account that placed it (empty only for orders from before accounts existed)
 * @param point    the point of that client when the order was placed
 * @param operator the operator it is proposed or assigned to, if any
 * @param firstPaidAt when the order first became Paid (it may have moved on since)
 */
public record OrderSnapshot(
        OrderId id,
        OrderStatus status,
        Optional<AccountId> owner,
        Optional<PointId> point,
        Optional<AccountId> operator,
        CallOrderDetails details,
        OrderPrice price,
        Instant createdAt,
        Instant updatedAt,
        Optional<Instant> firstPaidAt,
        long version,
        List<OrderHistoryEntry> history) {

    public OrderSnapshot {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(firstPaidAt, "firstPaidAt");
        history = List.copyOf(history);
    }
}
