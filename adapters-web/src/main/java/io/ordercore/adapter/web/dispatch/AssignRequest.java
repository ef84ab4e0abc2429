package io.ordercore.adapter.web.dispatch;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.StrictBoolean;
import io.ordercore.adapter.web.json.StrictLong;

/**
 * Propose a Paid order to {@code operatorId} by hand; {@code force} (default false) skips dispatch's
 * filters and the capacity check, audited as such; {@code reason} goes into the history.
 */
@Serdeable
public record AssignRequest(@Nullable @Serdeable.Deserializable(using = StrictLong.class) Long operatorId,
                            @Nullable @Serdeable.Deserializable(using = StrictBoolean.class) Boolean force,
                            @Nullable String reason) {
}
