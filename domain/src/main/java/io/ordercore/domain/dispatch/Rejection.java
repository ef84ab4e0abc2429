package io.ordercore.domain.dispatch;

import io.ordercore.domain.account.AccountId;
import java.util.List;
import java.util.Objects;

/**
 * An operator dispatch passed over, with every filter they failed (in enum order, never empty)
 * and a short human text, e.g. "state PAUSED; 2 of 2 active orders".
 */
public record Rejection(AccountId operator, List<RejectionReason> reasons, String detail) {

    public Rejection {
        Objects.requireNonNull(operator, "operator");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs at least one reason");
        }
        Objects.requireNonNull(detail, "detail");
    }
}
