package io.ordercore.adapter.web.coupon;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.StrictInteger;
import io.ordercore.application.port.in.ManageCouponsUseCase.GenerateForm;

/**
 * A group to generate: {@code kind} PERCENT (default) or FULL, {@code percent} 1..99 (ignored for
 * FULL), {@code count} 1..10000, a {@code comment}, and optionally {@code expiresOn}, the last valid
 * day ({@code YYYY-MM-DD}, Moscow). Checked by the core.
 */
@Serdeable
public record GenerateRequest(@Nullable String kind,
                              @Nullable @Serdeable.Deserializable(using = StrictInteger.class) Integer percent,
                              @Nullable @Serdeable.Deserializable(using = StrictInteger.class) Integer count,
                              @Nullable String comment,
                              @Nullable String expiresOn) {

    static final GenerateRequest EMPTY = new GenerateRequest(null, null, null, null, null);

    GenerateForm toForm() {
        return new GenerateForm(kind, percent, count, comment, expiresOn);
    }
}
