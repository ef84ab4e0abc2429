package io.ordercore.domain.earning;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.ValidationException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A request to pay out earnings, handled by hand. */
public record PayoutRequest(long id, AccountId payee, Money amount, PayoutStatus status, Instant createdAt,
                            Instant updatedAt, Optional<String> note) {

    public PayoutRequest {
        Objects.requireNonNull(payee, "payee");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(note, "note");
        if (!amount.isPositive()) {
            throw ValidationException.of("amount", "NOT_POSITIVE", "must be more than zero");
        }
    }
}
