package io.ordercore.domain.order;

import io.ordercore.domain.shared.OrderId;

import io.ordercore.domain.shared.DomainException;

/** The order is in a final status (Completed, Failed, Cancelled) and can no longer be changed. */
public final class OrderFinalException extends DomainException {

    public static final String CODE = "ORDER_FINAL";

    public OrderFinalException(OrderId id, OrderStatus status) {
        super(Kind.CONFLICT, CODE, "Order " + id + " is " + status + " and can no longer be changed");
    }
}
