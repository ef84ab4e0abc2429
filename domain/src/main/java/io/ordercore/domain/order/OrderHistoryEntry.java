package io.ordercore.domain.order;

import io.ordercore.domain.workflow.Actor;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of an order's history, numbered from 1. A status entry records a move ({@code from}
 * is empty for the placement itself); a window entry records a rescheduling, status unchanged.
 */
public record OrderHistoryEntry(
        int seq,
        Instant at,
        Actor actor,
        Kind kind,
        Optional<OrderStatus> from,
        OrderStatus to,
        Optional<String> reason) {

    /** What the entry records. */
    public enum Kind {
        /** The order was placed or changed status. */
        STATUS,
        /** The call window was moved; the reason says from what to what. */
        WINDOW,
        /** A coupon was applied; the reason names it and the discount. */
        PRICE,
        /** A payment was recorded that does not yet cover the total (partially paid). */
        PAYMENT
    }

    public OrderHistoryEntry {
        if (seq < 1) {
            throw new IllegalArgumentException("history entries are numbered from 1");
        }
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reason, "reason");
    }
}
