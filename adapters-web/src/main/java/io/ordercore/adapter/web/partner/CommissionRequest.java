package io.ordercore.adapter.web.partner;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.StrictInteger;

/** A commission percentage, 1..100; for a partner's own, null clears it so that the global one applies. */
@Serdeable
public record CommissionRequest(
        @Nullable @Serdeable.Deserializable(using = StrictInteger.class) Integer commissionPercent) {
}
