package io.ordercore.adapter.web.partner;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.StrictInteger;
import io.ordercore.adapter.web.json.StrictLong;

/** The account (of role PARTNER) to enrol, and its own commission percentage (1..100; the global one when absent). */
@Serdeable
public record EnrolRequest(@Nullable @Serdeable.Deserializable(using = StrictLong.class) Long accountId,
                           @Nullable @Serdeable.Deserializable(using = StrictInteger.class) Integer commissionPercent) {
}
