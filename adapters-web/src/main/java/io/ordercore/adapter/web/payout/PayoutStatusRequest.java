package io.ordercore.adapter.web.payout;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Move a payout request to {@code status} (TRANSFERRED, CANCELLED, ERROR, or back to PROCESSING from ERROR). */
@Serdeable
public record PayoutStatusRequest(@Nullable String status, @Nullable String note) {
}
