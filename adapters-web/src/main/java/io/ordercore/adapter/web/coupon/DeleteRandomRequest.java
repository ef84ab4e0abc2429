package io.ordercore.adapter.web.coupon;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.StrictInteger;

/** How many unused coupons of the group to delete at most (1..10000). */
@Serdeable
public record DeleteRandomRequest(@Nullable @Serdeable.Deserializable(using = StrictInteger.class) Integer count) {
}
