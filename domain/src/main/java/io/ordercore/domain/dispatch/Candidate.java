package io.ordercore.domain.dispatch;

import io.ordercore.domain.operator.Operator;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An operator offered to dispatch, with the load figures it ranks by.
 *
 * @param activeOrders   orders the operator holds now (operator proposed or in progress)
 * @param lastAssignedAt when they were last proposed an order; empty if never
 */
public record Candidate(Operator operator, int activeOrders, Optional<Instant> lastAssignedAt) {

    public Candidate {
        Objects.requireNonNull(operator, "operator");
        if (activeOrders < 0) {
            throw new IllegalArgumentException("active orders cannot be negative, was " + activeOrders);
        }
        Objects.requireNonNull(lastAssignedAt, "lastAssignedAt");
    }
}
