package io.ordercore.domain.payment;

/** How an order was paid; several payments of any kinds may cover one order. */
public enum PaymentKind {
    /** Through a payment gateway (PayMaster, CloudPayments). */
    GATEWAY,
    /** From the client's points balance. */
    BALANCE,
    /** Marked by a manager: cash, bank transfer. */
    OFFLINE,
    /** The 100% coupon: no money moves. */
    COUPON
}
