package io.ordercore.adapter.web.coupon;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.domain.coupon.CouponGroup;
import java.time.Instant;

/** A group of generated coupons; {@code expiresAt} is null when they never expire. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CouponGroupJson(long id, String kind, int percent, String comment, @Nullable String expiresAt,
                              String createdAt) {

    static CouponGroupJson from(CouponGroup g) {
        return new CouponGroupJson(g.id().value(), g.kind().name(), g.percent(), g.comment(),
                g.expiresAt().map(Instant::toString).orElse(null), g.createdAt().toString());
    }
}
