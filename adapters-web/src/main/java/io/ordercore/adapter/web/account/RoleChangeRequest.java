package io.ordercore.adapter.web.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.StrictLong;

/** A new role, with its point when the role has one. */
@Serdeable
public record RoleChangeRequest(@Nullable String role,
                                @Nullable @Serdeable.Deserializable(using = StrictLong.class) Long pointId) {
}
