package io.ordercore.adapter.web.balance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.StrictLong;

/** Points to give another client: their e-mail and a positive amount in kopecks. */
@Serdeable
public record TransferRequest(@Nullable String toEmail,
                              @Nullable @Serdeable.Deserializable(using = StrictLong.class) Long amountKopecks) {
}
