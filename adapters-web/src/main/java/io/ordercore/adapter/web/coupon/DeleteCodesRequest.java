package io.ordercore.adapter.web.coupon;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The codes of the coupons to delete, used or not. */
@Serdeable
public record DeleteCodesRequest(@Nullable List<String> codes) {
}
