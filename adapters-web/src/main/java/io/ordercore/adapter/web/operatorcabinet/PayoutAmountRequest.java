package io.ordercore.adapter.web.operatorcabinet;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.StrictLong;

/** How much to pay out, in kopecks: more than zero and at most the available balance. */
@Serdeable
public record PayoutAmountRequest(@Nullable @Serdeable.Deserializable(using = StrictLong.class) Long amountKopecks) {
}
