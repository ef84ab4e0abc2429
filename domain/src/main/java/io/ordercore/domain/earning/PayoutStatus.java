package io.ordercore.domain.earning;

import java.util.EnumSet;
import java.util.Set;

/**
 * A payout request's life: Processing until handled by hand, then Transferred (money sent),
 * Cancelled (the amount is released back to the balance) or Error (held until resolved).
 */
public enum PayoutStatus {
    PROCESSING,
    TRANSFERRED,
    CANCELLED,
    ERROR;

    /** Where a request may go from here. */
    public Set<PayoutStatus> next() {
        return switch (this) {
            case PROCESSING -> EnumSet.of(TRANSFERRED, CANCELLED, ERROR);
            case ERROR -> EnumSet.of(PROCESSING, TRANSFERRED, CANCELLED);
            case TRANSFERRED, CANCELLED -> EnumSet.noneOf(PayoutStatus.class);
        };
    }

    /** Whether the amount is still taken from the balance. */
    public boolean holdsAmount() {
        return this != CANCELLED;
    }
}
