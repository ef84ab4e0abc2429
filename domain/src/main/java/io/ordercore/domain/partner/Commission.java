package io.ordercore.domain.partner;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OrderId;
import java.time.Instant;
import java.util.Objects;

/**
 * A partner's commission on one payment of an attributed client. The ledger holds the money; this
 * record keeps what it was computed from, for the partner's statistics.
 *
 * @param key the ledger movement's key ({@code commission:payment:<id>}), unique
 */
public record Commission(String key, AccountId partner, AccountId client, OrderId order, Money paid,
                         CommissionPercent percent, Money amount, Instant at) {

    public Commission {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(at, "at");
    }

    /** The commission on {@code paid}, rounded down to the kopeck (the partner never gets a fraction more). */
    public static Money on(Money paid, CommissionPercent percent) {
        return paid.percent(percent.value());
    }
}
