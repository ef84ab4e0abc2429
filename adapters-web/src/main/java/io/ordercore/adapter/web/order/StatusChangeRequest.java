package io.ordercore.adapter.web.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Move an order to {@code status} (a workflow status name), with an optional reason for the history. */
@Serdeable
public record StatusChangeRequest(@Nullable String status, @Nullable String reason) {
}
