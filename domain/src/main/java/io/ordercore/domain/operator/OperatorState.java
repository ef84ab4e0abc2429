package io.ordercore.domain.operator;

/** Whether an operator takes new orders; only {@link #ACTIVE} operators are dispatched to. */
public enum OperatorState {
    /** Working: dispatch may propose orders to them. */
    ACTIVE,
    /** Stepped away by their own choice; keeps the orders already held, gets no new ones. */
    PAUSED,
    /** Stopped by an administrator; gets no new orders until unfrozen. */
    FROZEN
}
