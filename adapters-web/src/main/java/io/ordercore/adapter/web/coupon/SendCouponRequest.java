package io.ordercore.adapter.web.coupon;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The e-mail address to send the coupon to; a client with an account there then holds it. */
@Serdeable
public record SendCouponRequest(@Nullable String email) {
}
