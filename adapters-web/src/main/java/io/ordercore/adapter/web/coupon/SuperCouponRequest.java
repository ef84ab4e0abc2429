package io.ordercore.adapter.web.coupon;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.StrictInteger;
import io.ordercore.application.port.in.ManageCouponsUseCase.SuperForm;

/**
 * A super coupon: {@code percent} 1..99; optionally its {@code code} (4..64 letters and digits,
 * generated when absent), a total {@code limit} of uses and {@code expiresOn}, the last valid day.
 */
@Serdeable
public record SuperCouponRequest(@Nullable String code,
                                 @Nullable @Serdeable.Deserializable(using = StrictInteger.class) Integer percent,
                                 @Nullable @Serdeable.Deserializable(using = StrictInteger.class) Integer limit,
                                 @Nullable String expiresOn) {

    static final SuperCouponRequest EMPTY = new SuperCouponRequest(null, null, null, null);

    SuperForm toForm() {
        return new SuperForm(code, percent, limit, expiresOn);
    }
}
