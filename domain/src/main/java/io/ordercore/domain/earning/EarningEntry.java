package io.ordercore.domain.earning;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OrderId;
import java.time.Instant;
import java.util.Objects;

/**
 * One append-only movement of an operator's earnings, linked to its order. Fees are positive,
 * penalties negative; the balance is their sum minus what payouts hold.
 *
 * @param key unique per movement (e.g. {@code fee:42}), so a movement reported twice is recorded once
 */
public record EarningEntry(long id, AccountId operator, OrderId order, EarningKind kind, Money amount, String key,
                           Instant at) {

    public EarningEntry {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(at, "at");
        if (kind == EarningKind.FEE && amount.isNegative() || kind == EarningKind.PENALTY && amount.isPositive()) {
            throw new IllegalArgumentException("fees are credits and penalties debits, not " + kind + " " + amount);
        }
    }

    public static String feeKey(OrderId order) {
        return "fee:" + order.value();
    }

    /** One penalty per removal: the removal's history entry makes it unique. */
    public static String penaltyKey(OrderId order, int historySeq) {
        return "penalty:" + order.value() + ":" + historySeq;
    }
}
