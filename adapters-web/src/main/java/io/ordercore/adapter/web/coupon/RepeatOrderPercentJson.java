package io.ordercore.adapter.web.coupon;

import io.micronaut.serde.annotation.Serdeable;

/** The percent of the coupons granted on a client's every second paid order. */
@Serdeable
public record RepeatOrderPercentJson(int percent) {
}
