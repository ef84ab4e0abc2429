package io.ordercore.domain.ledger;

/** Why money moved; every movement names one, with the id of the thing it was for. */
public enum Cause {
    ORDER_PAYMENT,
    OVERPAYMENT,
    TRANSFER,
    TOP_UP,
    BONUS,
    REFUND,
    ADJUSTMENT,
    COMMISSION,
    EARNING,
    PAYOUT
}
