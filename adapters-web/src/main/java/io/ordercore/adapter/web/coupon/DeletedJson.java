package io.ordercore.adapter.web.coupon;

import io.micronaut.serde.annotation.Serdeable;

/** How many coupons a delete removed. */
@Serdeable
public record DeletedJson(int deleted) {
}
