package io.ordercore.adapter.web.payment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.StrictLong;

/** How much of the order to pay from the balance, in kopecks; absent: all that is outstanding. */
@Serdeable
public record PayFromBalanceRequest(@Nullable @Serdeable.Deserializable(using = StrictLong.class) Long amountKopecks) {
}
