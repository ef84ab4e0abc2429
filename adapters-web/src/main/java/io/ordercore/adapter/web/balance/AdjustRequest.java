package io.ordercore.adapter.web.balance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.StrictLong;

/** A correction of a balance: kopecks to add (negative to take away; never below zero) and why. */
@Serdeable
public record AdjustRequest(@Nullable @Serdeable.Deserializable(using = StrictLong.class) Long amountKopecks,
                            @Nullable String reason) {
}
