package io.ordercore.adapter.persistence.dispatch;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One row of {@code call_result}. */
@MappedEntity("call_result")
public record CallResultRow(
        @EmbeddedId CallResultKey id,
        Instant endedAt,
        long durationSeconds,
        @Nullable String recordingUrl,
        String outcome,
        Instant receivedAt) {
}
