package io.ordercore.adapter.web.coupon;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.StrictInteger;

/** A new percent for repeat-order coupons, 1..99. */
@Serdeable
public record RepeatOrderPercentRequest(
        @Nullable @Serdeable.Deserializable(using = StrictInteger.class) Integer percent) {
}
