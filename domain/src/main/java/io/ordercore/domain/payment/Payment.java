package io.ordercore.domain.payment;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OrderId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One payment towards an order, exactly as recorded. A gateway payment is unique by the gateway's
 * own id ({@code gateway} + {@code externalId}), so a notification repeated records nothing twice.
 *
 * @param amount    what counts towards the order (an overpayment's excess goes to the client's balance)
 * @param reference an offline payment's reference (receipt, bank document), or the gateway's method
 */
public record Payment(long id, OrderId order, Optional<AccountId> payer, PaymentKind kind, Optional<String> gateway,
                      Optional<String> externalId, Money amount, Optional<String> reference, Instant at) {

    public Payment {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(at, "at");
        if (amount.isNegative() || amount.isZero() && kind != PaymentKind.COUPON) {
            throw new IllegalArgumentException("a " + kind + " payment moves a positive amount, not " + amount);
        }
        if ((kind == PaymentKind.GATEWAY) != (gateway.isPresent() && externalId.isPresent())) {
            throw new IllegalArgumentException("gateway payments, and only they, name their gateway and its payment id");
        }
    }
}
