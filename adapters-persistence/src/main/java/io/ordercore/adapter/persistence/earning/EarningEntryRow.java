package io.ordercore.adapter.persistence.earning;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One row of {@code earning_entry}: an amount in kopecks (earnings are in RUB). */
@MappedEntity("earning_entry")
public record EarningEntryRow(
        @Id Long id,
        long operatorId,
        long orderId,
        String kind,
        long amountMinor,
        String entryKey,
        Instant at) {
}
