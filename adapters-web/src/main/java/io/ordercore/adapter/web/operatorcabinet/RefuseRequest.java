package io.ordercore.adapter.web.operatorcabinet;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Why the operator declines a proposed order (optional; kept in the order's history). */
@Serdeable
public record RefuseRequest(@Nullable String reason) {
}
