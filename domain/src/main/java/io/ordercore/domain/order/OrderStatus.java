package io.ordercore.domain.order;

/** Where a call order is in its lifecycle; {@link CallOrderWorkflow} says which may follow which. */
public enum OrderStatus {
    /** Placed, waiting for payment. */
    UNPAID,
    /** Paid (gateway confirmed, or covered otherwise); waiting for dispatch to find an operator. */
    PAID,
    /** Dispatch picked an operator; waiting for that operator to confirm or refuse. */
    OPERATOR_PROPOSED,
    /** The operator confirmed and can no longer refuse; the call is to be made in the window. */
    IN_PROGRESS,
    /** The call happened and lasted long enough. Final. */
    COMPLETED,
    /** Not done within its window. Final. */
    FAILED,
    /** Cancelled by an administrator. Final. */
    CANCELLED,
    /** A system fault stopped the order; an administrator decides what happens next. */
    ERROR
}
