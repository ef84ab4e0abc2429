package io.ordercore.adapter.web.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A new call window: {@code YYYY-MM-DD} and {@code HH:MM}, Moscow time, with an optional reason. */
@Serdeable
public record WindowChangeRequest(@Nullable String callDate, @Nullable String windowStart, @Nullable String windowEnd,
                                  @Nullable String reason) {
}
