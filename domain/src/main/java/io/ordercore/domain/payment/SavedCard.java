package io.ordercore.domain.payment;

import io.ordercore.domain.account.AccountId;
import java.time.Instant;
import java.util.Objects;

/**
 * A client's card as a gateway's token, saved from a successful payment so that later orders can be
 * charged without the client typing the card again. The token is the gateway's, not card data; it
 * is never shown back.
 *
 * @param fromTransaction the gateway transaction whose notification carried the token
 */
public record SavedCard(AccountId client, String gateway, String token, String fromTransaction, Instant savedAt) {

    public SavedCard {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(fromTransaction, "fromTransaction");
        Objects.requireNonNull(savedAt, "savedAt");
        if (token.isBlank() || token.length() > 500) {
            throw new IllegalArgumentException("a card token is 1..500 characters");
        }
    }
}
