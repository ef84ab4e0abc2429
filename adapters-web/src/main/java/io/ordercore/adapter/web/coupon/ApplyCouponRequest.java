package io.ordercore.adapter.web.coupon;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The coupon code to apply, typed loosely (case, spaces and dashes do not matter). */
@Serdeable
public record ApplyCouponRequest(@Nullable String code) {
}
