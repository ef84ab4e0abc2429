package io.ordercore.adapter.web.payment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.StrictLong;

/**
 * Money paid outside ordercore: {@code amountKopecks} (more than zero, at most what is outstanding),
 * {@code reference} (receipt, bank document) and {@code date} paid, YYYY-MM-DD Moscow (today when absent).
 */
@Serdeable
public record OfflinePaymentRequest(@Nullable @Serdeable.Deserializable(using = StrictLong.class) Long amountKopecks,
                                    @Nullable String reference, @Nullable String date) {
}
