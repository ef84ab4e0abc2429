package io.ordercore.domain.ledger;

import io.ordercore.domain.shared.Money;
import java.time.Instant;

/** One side of a movement as the ledger keeps it: signed (negative leaves the account). */
public record LedgerEntry(long id, String movementKey, LedgerAccount account, Money amount, Cause cause, String causeRef,
                          Instant at) {
}
