package io.ordercore.adapter.web.cabinet;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The new call window of a repeated order: {@code YYYY-MM-DD} and {@code HH:MM}, Moscow time. */
@Serdeable
public record RepeatOrderRequest(@Nullable String callDate, @Nullable String windowStart, @Nullable String windowEnd) {

    static final RepeatOrderRequest EMPTY = new RepeatOrderRequest(null, null, null);
}
