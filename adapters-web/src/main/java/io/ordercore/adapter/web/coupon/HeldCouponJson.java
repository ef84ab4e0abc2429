package io.ordercore.adapter.web.coupon;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.application.port.in.HeldCoupon;
import io.ordercore.domain.coupon.Coupon;
import java.time.Instant;

/**
 * A coupon as the client holding it sees it. {@code expiresAt} is null when it never expires;
 * {@code usedByYou} says whether this client has activated it; {@code spent} whether nobody can any
 * more (a single-use coupon activated, or a super coupon at its limit).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record HeldCouponJson(String code, String kind, int percent, @Nullable String expiresAt, boolean usedByYou,
                             boolean spent) {

    static HeldCouponJson from(HeldCoupon held) {
        Coupon c = held.coupon();
        boolean spent = c.kind().singleUse() ? c.used() : c.totalLimit().filter(limit -> c.uses() >= limit).isPresent();
        return new HeldCouponJson(c.code().value(), c.kind().name(), c.percent(),
                c.expiresAt().map(Instant::toString).orElse(null), held.usedByYou(), spent);
    }
}
