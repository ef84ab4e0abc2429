package io.ordercore.adapter.web.point;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.StrictLong;

/** The account to make a manager of the point. */
@Serdeable
public record ManagerRequest(@Nullable @Serdeable.Deserializable(using = StrictLong.class) Long accountId) {
}
