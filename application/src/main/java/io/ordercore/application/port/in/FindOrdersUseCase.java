package io.ordercore.application.port.in;

import io.ordercore.domain.order.Order;
import io.ordercore.domain.shared.OrderId;

/**
 * Reading orders, scoped to the caller: a client sees their own, an operator those proposed or
 * assigned to them, a point manager their point's, supervisors, site managers and administrators all.
 */
public interface FindOrdersUseCase {

    /** One page of the caller's part of the list; follow {@link OrderPage#nextCursor()} for the next. */
    OrderPage list(Caller caller, OrderListQuery query);

    /**
     * @throws NotFoundException when there is no such order, or it is out of the caller's sight
     */
    Order get(Caller caller, OrderId id);
}
