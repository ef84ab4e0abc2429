package io.ordercore.domain.partner;

import io.ordercore.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * What a partner brought in over a period [from, to): clients who registered through them, their
 * orders paid (with a commission) and what those payments and commissions came to.
 */
public record PartnerStats(Instant from, Instant to, long clients, long paidOrders, Money paid, Money commission) {

    public PartnerStats {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(commission, "commission");
    }
}
