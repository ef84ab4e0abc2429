package io.ordercore.adapter.web.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.StrictLong;

/** The account to act as. */
@Serdeable
public record ImpersonateRequest(@Nullable @Serdeable.Deserializable(using = StrictLong.class) Long accountId) {
}
