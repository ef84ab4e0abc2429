package io.ordercore.application.port.out;

import io.ordercore.application.port.in.OrderListQuery;
import io.ordercore.application.port.in.OrderPage;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.order.OrderStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Storage of orders. */
public interface Orders {

    Optional<Order> find(OrderId id);

    /**
     * Stores a new order, or the changes of a loaded one (its fields and its unsaved history).
     *
     * @return the order as stored, carrying its new version
     * @throws ConcurrentUpdateException when the stored version is no longer the one the order was loaded with
     */
    Order save(Order order);

    /** One page of orders matching the query, newest first or as the query sorts. */
    OrderPage list(OrderListQuery query);

    /** For one client: how many of their orders are in each status and what those orders total (minor units). */
    Map<OrderStatus, StatusTotals> totalsByStatus(AccountId owner);

    /**
     * The paid order's place among its client's paid orders: how many of them were first paid no later
     * than it (ties broken by id), itself included. Stable however often it is asked, so a payment
     * reported again after later orders were paid still counts as what it was.
     */
    long paidOrdinal(AccountId owner, Instant firstPaidAt, OrderId order);

    /** Count and sum of order totals (in minor units of the orders' currency). */
    record StatusTotals(long count, long totalMinor) {
    }

    /** The current status of each of the ids that exist. */
    Map<OrderId, OrderStatus> statuses(Collection<OrderId> ids);

    /**
     * Deletes, in one statement, those of the orders whose status is one of {@code deletable};
     * a concurrent status change cannot slip between check and delete.
     *
     * @return the ids actually deleted
     */
    Set<OrderId> deleteIfStatusIn(Collection<OrderId> ids, Set<OrderStatus> deletable);
}
