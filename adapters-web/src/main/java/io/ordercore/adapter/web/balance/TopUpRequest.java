package io.ordercore.adapter.web.balance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.StrictLong;

/** How much to add to one's points balance through a gateway, in kopecks (more than zero). */
@Serdeable
public record TopUpRequest(@Nullable @Serdeable.Deserializable(using = StrictLong.class) Long amountKopecks) {
}
