package io.ordercore.adapter.persistence.ledger;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One row of {@code ledger_entry}: a signed amount in kopecks (the ledger is in RUB). */
@MappedEntity("ledger_entry")
public record LedgerEntryRow(
        @Id Long id,
        String movementKey,
        String accountKey,
        long amountMinor,
        String cause,
        String causeRef,
        Instant at) {
}
