package io.ordercore.adapter.persistence.dispatch;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalTime;

/** One row of {@code operator}: the profile, with the hours split in two and the time of the last proposal. */
@MappedEntity("operator")
public record OperatorRow(
        @Id Long accountId,
        String name,
        String gender,
        long tariffMinor,
        int rating,
        String state,
        int capacity,
        @Nullable LocalTime hoursFrom,
        @Nullable LocalTime hoursTo,
        @Nullable Instant lastAssignedAt) {
}
