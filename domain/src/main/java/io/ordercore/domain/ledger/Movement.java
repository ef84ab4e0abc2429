package io.ordercore.domain.ledger;

import io.ordercore.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * One movement of money: {@code amount} leaves {@code from} and arrives in {@code to}. The ledger
 * stores it as two entries that sum to zero. The key makes it happen at most once (a notification
 * or request repeated moves nothing twice).
 *
 * @param causeRef the id of what it was for: an order, a payment, a transfer
 */
public record Movement(String key, LedgerAccount from, LedgerAccount to, Money amount, Cause cause, String causeRef,
                       Instant at) {

    public static final int MAX_KEY = 200;

    public Movement {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(causeRef, "causeRef");
        Objects.requireNonNull(at, "at");
        if (key.isBlank() || key.length() > MAX_KEY) {
            throw new IllegalArgumentException("a movement's key is 1.." + MAX_KEY + " characters");
        }
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a movement moves a positive amount, not " + amount);
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("money does not move from " + from + " to itself");
        }
    }
}
